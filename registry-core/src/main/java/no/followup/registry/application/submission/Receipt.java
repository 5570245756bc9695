package no.followup.registry.application.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a bulk submission, kept for later reading.
 *
 * @param status {@code ACCEPTED} (every record stored), {@code PARTIALLY_ACCEPTED}, {@code
 *     REJECTED} (nothing stored), or {@code VALIDATED} for a dry run
 */
public record Receipt(
    UUID submissionId,
    SubmissionMode mode,
    boolean dryRun,
    Receipt.Status status,
    Instant receivedAt,
    int received,
    int accepted,
    int rejected,
    List<ItemOutcome> records) {

  public Receipt {
    records = List.copyOf(records);
  }

  /** What became of the submission as a whole. */
  public enum Status {
    /** Every record stored. */
    ACCEPTED,
    /** Some records stored, the others rejected (partial mode). */
    PARTIALLY_ACCEPTED,
    /** Nothing stored (atomic mode with a rejected record). */
    REJECTED,
    /** A dry run: checked, nothing stored. */
    VALIDATED
  }
}
