package no.followup.registry.domain.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one record, so a caller learns every broken rule at once. */
public final class Violations {

  private final List<Violation> found = new ArrayList<>();

  public Violations add(Violation violation) {
    found.add(violation);
    return this;
  }

  public Violations reject(String field, String rule, String message) {
    return add(Violation.rejection(field, rule, message));
  }

  public Violations required(String field, Object value) {
    if (value == null) {
      reject(field, "required", field + " is required");
    }
    return this;
  }

  /** Checks {@code min <= value <= max} when the value is present. */
  public Violations inRange(String field, Number value, double min, double max) {
    if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
      reject(field, "range", field + " must be between " + plain(min) + " and " + plain(max));
    }
    return this;
  }

  public Violations notInFuture(String field, LocalDate date, LocalDate today) {
    if (date != null && date.isAfter(today)) {
      reject(field, "not-in-future", field + " must not be after today (" + today + ")");
    }
    return this;
  }

  public boolean rejects() {
    return found.stream().anyMatch(Violation::rejects);
  }

  public List<Violation> all() {
    return List.copyOf(found);
  }

  public List<Violation> warnings() {
    return found.stream().filter(v -> !v.rejects()).toList();
  }

  /** Throws when any rule rejects; returns the warnings otherwise. */
  public List<Violation> throwIfRejected() {
    if (rejects()) {
      throw new RecordRejectedException(all());
    }
    return warnings();
  }

  private static String plain(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
