package no.followup.registry.application.participant;

import java.util.List;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.Participant;

/**
 * A participant with the enrolments the actor may see: their own site's, or all for coordinators.
 */
public record ParticipantView(Participant participant, List<Enrolment> enrolments) {

  public ParticipantView {
    enrolments = List.copyOf(enrolments);
  }
}
