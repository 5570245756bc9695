package no.followup.registry.application.record;

import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;

/** Builds the domain record from a request, once its id and enrolment are known. */
@FunctionalInterface
public interface RecordFactory<T> {
  T build(UUID id, EnrolmentId enrolment);
}
