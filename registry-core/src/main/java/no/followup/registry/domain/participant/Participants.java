package no.followup.registry.domain.participant;

import java.util.List;
import java.util.Optional;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.StudyCode;

/** The registry's participants and their enrolments. */
public interface Participants {

  Optional<Participant> findByPseudonym(Pseudonym pseudonym);

  Optional<Participant> find(ParticipantId id);

  void add(Participant participant);

  void addEnrolment(Enrolment enrolment);

  Optional<Enrolment> findEnrolment(EnrolmentId id);

  Optional<Enrolment> findEnrolment(ParticipantId participant, SiteCode site, StudyCode study);

  List<Enrolment> enrolmentsOf(ParticipantId participant);

  /** Stores a withdrawal or discontinuation of an existing enrolment. */
  void updateFollowUpStatus(Enrolment enrolment);
}
