package no.followup.registry.domain.lab;

import java.time.LocalDate;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violations;

/** The rules a lab result must meet. */
public final class LabResultRules {

  private LabResultRules() {}

  public static Violations check(LabResult result, Enrolment enrolment, LocalDate today) {
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
    return violations;
  }
}
