package no.followup.registry.domain.treatment;

import java.time.LocalDate;
import java.util.List;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.study.LimitEnforcement;
import no.followup.registry.domain.study.ProtocolLimits;

/** The rules an infusion must meet: plausible values, its dates, and the protocol limits. */
public final class InfusionRules {

  static final int WINDOW_DAYS = 28;

  private InfusionRules() {}

  /**
   * @param otherInfusionDates the dates of the enrolment's other infusions (not this one)
   */
  public static Violations check(
      Infusion infusion,
      Enrolment enrolment,
      ProtocolLimits limits,
      List<LocalDate> otherInfusionDates,
      LocalDate today) {
    Violations violations = new Violations();
    violations
        .required("drug", infusion.drug())
        .required("route", infusion.route())
        .required("doseMgPerKg", infusion.doseMgPerKg())
        .inRange("doseMgPerKg", infusion.doseMgPerKg(), 0.01, 5)
        .required("weightKg", infusion.weightKg())
        .inRange("weightKg", infusion.weightKg(), 20, 350)
        .required("durationMinutes", infusion.durationMinutes())
        .inRange("durationMinutes", infusion.durationMinutes(), 1, 600)
        .inRange("dissociationScore", infusion.dissociationScore(), 0, 92);
    if (infusion.vitals() != null) {
      infusion.vitals().check(violations);
    }
    enrolment.checkRecordDate("date", infusion.date(), today, violations);
    enrolment
        .discontinuation()
        .filter(d -> infusion.date() != null && infusion.date().isAfter(d.date()))
        .ifPresent(
            d ->
                violations.reject(
                    "date",
                    "not-after-discontinuation",
                    "treatment was discontinued on "
                        + d.date()
                        + "; no later infusion is accepted"));
    if (!violations.rejects()) {
      checkProtocolLimits(
          infusion, enrolment.enrolmentDate(), limits, otherInfusionDates, violations);
    }
    return violations;
  }

  private static void checkProtocolLimits(
      Infusion infusion,
      LocalDate enrolmentDate,
      ProtocolLimits limits,
      List<LocalDate> others,
      Violations violations) {
    if (infusion.doseMgPerKg().compareTo(limits.maxDoseMgPerKg()) > 0) {
      violations.add(
          limit(
              limits,
              "doseMgPerKg",
              "protocol-max-dose",
              "doseMgPerKg is above the protocol's "
                  + limits.maxDoseMgPerKg().toPlainString()
                  + " mg/kg"));
    }
    if (mostInAny28DaysWith(infusion.date(), others) > limits.maxInfusionsPer28Days()) {
      violations.add(
          limit(
              limits,
              "date",
              "protocol-max-per-28-days",
              "more than " + limits.maxInfusionsPer28Days() + " infusions in 28 days"));
    }
    LocalDate inductionEnds = enrolmentDate.plusDays(limits.inductionPeriodDays());
    if (infusion.date().isBefore(inductionEnds)
        && others.stream()
                    .filter(d -> !d.isBefore(enrolmentDate) && d.isBefore(inductionEnds))
                    .count()
                + 1
            > limits.inductionInfusions()) {
      violations.add(
          limit(
              limits,
              "date",
              "protocol-induction-series",
              "more than " + limits.inductionInfusions() + " infusions in the induction series"));
    }
  }

  /**
   * The largest number of infusions, this one included, in any 28-day window that holds this one.
   */
  static int mostInAny28DaysWith(LocalDate date, List<LocalDate> others) {
    int most = 0;
    for (int offset = 0; offset < WINDOW_DAYS; offset++) {
      LocalDate start = date.minusDays(offset);
      LocalDate end = start.plusDays(WINDOW_DAYS - 1L);
      int count =
          1 + (int) others.stream().filter(d -> !d.isBefore(start) && !d.isAfter(end)).count();
      most = Math.max(most, count);
    }
    return most;
  }

  private static Violation limit(ProtocolLimits limits, String field, String rule, String message) {
    return limits.enforcement() == LimitEnforcement.REJECT
        ? Violation.rejection(field, rule, message)
        : Violation.warning(field, rule, message);
  }
}
