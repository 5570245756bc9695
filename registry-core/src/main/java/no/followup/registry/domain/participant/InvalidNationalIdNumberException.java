package no.followup.registry.domain.participant;

import no.followup.registry.domain.shared.Violation;

/** A national ID number broke a rule; the message names the rule and never the number. */
public class InvalidNationalIdNumberException extends IllegalArgumentException {

  private final String rule;

  public InvalidNationalIdNumberException(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }

  public Violation asViolation() {
    return Violation.rejection("nationalId", rule, getMessage());
  }
}
