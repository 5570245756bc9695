package no.followup.registry.domain.safety;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;

/** The adverse events reported. */
public interface AdverseEvents {

  void add(AdverseEvent event);

  Optional<AdverseEvent> find(UUID id);

  List<AdverseEvent> of(EnrolmentId enrolment);
}
