package no.followup.registry.export.dataset;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a row-level release holds: one study's enrolments of the approved period, only the approved
 * variables ({@code sheet.column}); the pseudonym columns come with every sheet released.
 */
public record ReleaseScope(
    String studyCode, LocalDate enrolledFrom, LocalDate enrolledTo, Set<String> variables) {

  public ReleaseScope {
    variables = Set.copyOf(variables);
  }
}
