package no.followup.registry.domain.participant;

import java.util.List;
import java.util.Optional;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.StudyCode;

/** The registry's participants and their enrolments. */
public interface Participants {

  Optional<Participant> findByPseudonym(Pseudonym pseudonym);

  Optional<Participant> find(ParticipantId id);

  /**
   * Stores the participant unless one with the same pseudonym exists (enrolled meanwhile at another
   * site, say), and returns the one stored.
   */
  Participant addOrFind(Participant participant);

  void addEnrolment(Enrolment enrolment);

  Optional<Enrolment> findEnrolment(EnrolmentId id);

  Optional<Enrolment> findEnrolment(ParticipantId participant, SiteCode site, StudyCode study);

  List<Enrolment> enrolmentsOf(ParticipantId participant);

  /**
   * Participants with an enrolment at the site (or at any site), in that status if one is given, in
   * enrolment order.
   */
  List<ParticipantId> page(
      Optional<SiteCode> site, Optional<FollowUpStatus> status, int offset, int limit);

  long count(Optional<SiteCode> site, Optional<FollowUpStatus> status);

  /** Every enrolment of a site, withdrawn ones included, in enrolment order. */
  List<Enrolment> enrolmentsAt(SiteCode site);

  /** The enrolments of a site (or of every site) that are still followed: not withdrawn. */
  List<Enrolment> activeEnrolments(Optional<SiteCode> site);

  /** Stores a withdrawal or discontinuation of an existing enrolment. */
  void updateFollowUpStatus(Enrolment enrolment);

  /** Stores the enrolment's pre-assessment. */
  void updateEligibility(Enrolment enrolment);

  /**
   * Stores the enrolment at the site it was transferred to, with that transfer added to its
   * history; false when it was no longer at the sending site (transferred meanwhile), and nothing
   * is stored.
   */
  boolean transfer(Enrolment transferred);

  /** Every transfer of the enrolment, the first first. */
  List<SiteTransfer> transfersOf(EnrolmentId enrolment);
}
