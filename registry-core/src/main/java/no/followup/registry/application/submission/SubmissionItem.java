package no.followup.registry.application.submission;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import no.followup.registry.domain.shared.Violation;

/**
 * One record of a bulk submission: the caller's reference, its type, and the write that stores it
 * (through the same use case as a single request).
 *
 * @param rejectedBeforeWriting true when the write rejects a record only before it has written
 *     anything (the clinical records: every rule runs first), so it needs no savepoint of its own
 */
public record SubmissionItem(
    String ref, String type, boolean rejectedBeforeWriting, Supplier<Accepted> write) {

  /** The stored record's id and the warnings its rules gave. */
  public record Accepted(UUID id, List<Violation> warnings) {

    public Accepted {
      warnings = List.copyOf(warnings);
    }
  }
}
