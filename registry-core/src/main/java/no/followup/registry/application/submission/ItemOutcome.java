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
    String status,
    UUID id,
    List<Violation> errors,
    List<Violation> warnings) {

  public static final String ACCEPTED = "ACCEPTED";
  public static final String REJECTED = "REJECTED";
  public static final String NOT_STORED = "NOT_STORED";

  public ItemOutcome {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  ItemOutcome notStored() {
    return new ItemOutcome(index, ref, type, NOT_STORED, null, errors, warnings);
  }
}
