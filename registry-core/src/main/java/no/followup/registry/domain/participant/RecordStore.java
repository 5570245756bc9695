package no.followup.registry.domain.participant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.shared.Versioned;

/**
 * Where one kind of clinical record is kept. Records are never deleted: a correction replaces the
 * current values and the audit trail keeps the old ones.
 */
public interface RecordStore<T extends EnrolmentRecord> {

  void add(T record);

  Optional<Versioned<T>> find(UUID id);

  /** All records of one enrolment (the participant at one site), in date order. */
  List<Versioned<T>> ofEnrolment(EnrolmentId enrolment);

  /**
   * Replaces the record's values if it still has {@code expectedVersion}.
   *
   * @return false when another correction came first (the caller's version is stale)
   */
  boolean replace(T record, int expectedVersion);
}
