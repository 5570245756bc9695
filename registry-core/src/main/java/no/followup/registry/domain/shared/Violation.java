package no.followup.registry.domain.shared;

import java.util.Objects;

/**
 * One broken rule: the field it concerns (as the caller named it), a stable rule code, a message a
 * person can act on, and whether it rejects the record or only warns. Messages never quote a
 * national ID number or another identifier.
 */
public record Violation(String field, String rule, String message, Severity severity) {

  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  public static Violation rejection(String field, String rule, String message) {
    return new Violation(field, rule, message, Severity.REJECTION);
  }

  public static Violation warning(String field, String rule, String message) {
    return new Violation(field, rule, message, Severity.WARNING);
  }

  public boolean rejects() {
    return severity == Severity.REJECTION;
  }

  /** A rejection stops the record; a warning is stored with it and shown to the site. */
  public enum Severity {
    REJECTION,
    WARNING
  }
}
