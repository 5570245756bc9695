package no.followup.registry.domain.lab;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;

/** The lab results reported. */
public interface LabResults {

  void add(LabResult result);

  Optional<LabResult> find(UUID id);

  List<LabResult> of(EnrolmentId enrolment);
}
