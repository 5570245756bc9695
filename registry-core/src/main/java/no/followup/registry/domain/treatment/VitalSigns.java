package no.followup.registry.domain.treatment;

import no.followup.registry.domain.shared.Violations;

/**
 * Vital signs of one infusion: blood pressure before, highest during and after; highest pulse;
 * lowest oxygen saturation. Any of them may be missing; those given must be plausible.
 */
public record VitalSigns(
    Integer systolicBefore,
    Integer diastolicBefore,
    Integer systolicMax,
    Integer diastolicMax,
    Integer systolicAfter,
    Integer diastolicAfter,
    Integer heartRateMax,
    Integer spo2Min) {

  public static VitalSigns none() {
    return new VitalSigns(null, null, null, null, null, null, null, null);
  }

  public Violations check(Violations violations) {
    pressure("Before", systolicBefore, diastolicBefore, violations);
    pressure("Max", systolicMax, diastolicMax, violations);
    pressure("After", systolicAfter, diastolicAfter, violations);
    return violations
        .inRange("vitals.heartRateMax", heartRateMax, 20, 250)
        .inRange("vitals.spo2Min", spo2Min, 50, 100);
  }

  private static void pressure(
      String when, Integer systolic, Integer diastolic, Violations violations) {
    violations
        .inRange("vitals.systolic" + when, systolic, 50, 300)
        .inRange("vitals.diastolic" + when, diastolic, 20, 200);
    if (systolic != null && diastolic != null && systolic <= diastolic) {
      violations.reject(
          "vitals.systolic" + when,
          "above-diastolic",
          "vitals.systolic" + when + " must be above vitals.diastolic" + when);
    }
  }
}
