package no.followup.registry.web.record;

import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyDefinition;
import org.springframework.stereotype.Component;

/** The version of its study an own participant follows, which lays out the forms. */
@Component
class ParticipantsStudy {

  private final Enrolments enrolments;
  private final Studies studies;

  ParticipantsStudy(Enrolments enrolments, Studies studies) {
    this.enrolments = enrolments;
    this.studies = studies;
  }

  StudyDefinition of(Actor actor, UUID participantId) {
    Enrolment enrolment = enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    return studies.version(enrolment.study(), enrolment.studyVersion()).orElseThrow();
  }
}
