package no.followup.registry.domain.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;

/** The assessments reported. One instrument is scored once per visit. */
public interface Assessments {

  void add(Assessment assessment);

  Optional<Assessment> find(UUID id);

  List<Assessment> of(EnrolmentId enrolment);
}
