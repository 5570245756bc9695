package no.followup.registry.domain.lab;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;

/**
 * The rules a lab result must meet, and the warning a kidney value far from the participant's own
 * first one gives (a signal follows).
 */
public final class LabResultRules {

  private static final Set<String> CYTOLOGY_CLASSES = java.util.Set.of("0", "1", "2", "3");

  /** Creatinine at 1.5 times its first value or more: acute kidney injury by KDIGO's measure. */
  static final BigDecimal CREATININE_RISE = new BigDecimal("1.5");

  /** eGFR down by a quarter or more from its first value. */
  static final BigDecimal EGFR_REMAINING = new BigDecimal("0.75");

  private LabResultRules() {}

  public static Violations check(LabResult result, Enrolment enrolment, LocalDate today) {
    return check(result, enrolment, List.of(), today);
  }

  /**
   * @param others the enrolment's other lab results (the participant's first value of an analyte is
   *     their baseline)
   */
  public static Violations check(
      LabResult result, Enrolment enrolment, List<LabResult> others, LocalDate today) {
    Violations violations = new Violations();
    violations
        .required("analyte", result.analyte())
        .required("value", result.value())
        .inRange("value", result.value(), 0, 100_000)
        .required("unit", result.unit())
        .inRange("upperNormalLimit", result.upperNormalLimit(), 0.001, 100_000);
    enrolment.checkRecordDate("date", result.date(), today, violations);
    Analyte analyte = result.analyte();
    if (analyte != null && result.unit() != null && !analyte.unit().equals(result.unit())) {
      violations.reject("unit", "analyte-unit", analyte + " is reported in " + analyte.unit());
    }
    if (analyte != null && analyte.needsUpperNormalLimit() && result.upperNormalLimit() == null) {
      violations.reject(
          "upperNormalLimit", "required", "upperNormalLimit is required for " + analyte);
    }
    if (analyte == Analyte.URINE_CYTOLOGY
        && result.value() != null
        && !CYTOLOGY_CLASSES.contains(result.value().stripTrailingZeros().toPlainString())) {
      violations.reject(
          "value",
          "cytology-class",
          "URINE_CYTOLOGY is a class: 0 negative, 1 atypical, 2 suspicious, 3 positive");
    }
    if (!violations.rejects()) {
      warnOnKidneyChange(result, others, violations);
    }
    return violations;
  }

  private static void warnOnKidneyChange(
      LabResult result, List<LabResult> others, Violations violations) {
    if (result.analyte() != Analyte.CREATININE && result.analyte() != Analyte.EGFR) {
      return;
    }
    Optional<BigDecimal> baseline =
        others.stream()
            .filter(o -> !o.id().equals(result.id()) && o.analyte() == result.analyte())
            .filter(o -> o.date().isBefore(result.date()))
            .min(Comparator.comparing(LabResult::date))
            .map(LabResult::value);
    if (baseline.isEmpty() || baseline.get().signum() == 0) {
      return;
    }
    BigDecimal first = baseline.get();
    if (result.analyte() == Analyte.CREATININE
        && result.value().compareTo(first.multiply(CREATININE_RISE)) >= 0) {
      violations.add(
          Violation.warning(
              "value",
              "kidney-change-from-baseline",
              "creatinine "
                  + result.value().toPlainString()
                  + " umol/L is 1.5 times the participant's first value ("
                  + first.toPlainString()
                  + ") or more"));
    } else if (result.analyte() == Analyte.EGFR
        && result.value().compareTo(first.multiply(EGFR_REMAINING)) <= 0) {
      violations.add(
          Violation.warning(
              "value",
              "kidney-change-from-baseline",
              "eGFR "
                  + result.value().toPlainString()
                  + " has fallen by a quarter or more from the participant's first value ("
                  + first.toPlainString()
                  + ")"));
    }
  }
}
