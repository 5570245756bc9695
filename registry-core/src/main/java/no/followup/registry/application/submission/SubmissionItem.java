package no.followup.registry.application.submission;

import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.shared.Violation;

/**
 * One record of a bulk submission: the caller's reference, its type as the caller named it (for the
 * receipt and the metrics), and the command that stores it.
 */
public record SubmissionItem(String ref, String type, SubmissionCommand command) {

  /** The stored record's id and the warnings its rules gave. */
  public record Accepted(UUID id, List<Violation> warnings) {

    public Accepted {
      warnings = List.copyOf(warnings);
    }
  }
}
