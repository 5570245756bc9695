package no.followup.registry.domain.shared;

import java.util.List;

/** A record broke at least one rule that rejects it; nothing of it may be stored. */
public class RecordRejectedException extends RuntimeException {

  private final transient List<Violation> violations;

  public RecordRejectedException(List<Violation> violations) {
    super("record rejected: " + violations.stream().map(Violation::rule).toList());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
