package no.followup.registry.domain.treatment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;

/** The infusions given. */
public interface Infusions {

  void add(Infusion infusion);

  Optional<Infusion> find(UUID id);

  List<Infusion> of(EnrolmentId enrolment);
}
