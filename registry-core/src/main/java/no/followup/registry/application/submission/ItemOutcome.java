package no.followup.registry.application.submission;

import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.shared.Violation;

/**
 * What became of one record: {@code ACCEPTED} (stored, or would be in a dry run), {@code REJECTED}
 * (with its errors), or {@code NOT_STORED} (valid, but an atomic submission was rejected as a
 * whole).
 */
public record ItemOutcome(
    int index,
    String ref,
    String type,
    ItemOutcome.Status status,
    UUID id,
    List<Violation> errors,
    List<Violation> warnings) {

  /** What became of one record. */
  public enum Status {
    ACCEPTED,
    REJECTED,
    /** Passed its rules, but not stored because another record of the atomic submission failed. */
    NOT_STORED
  }

  public ItemOutcome {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  ItemOutcome notStored() {
    return new ItemOutcome(index, ref, type, Status.NOT_STORED, null, errors, warnings);
  }
}
