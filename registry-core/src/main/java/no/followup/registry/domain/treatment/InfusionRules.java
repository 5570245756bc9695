package no.followup.registry.domain.treatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.study.DoseUnit;
import no.followup.registry.domain.study.LimitEnforcement;
import no.followup.registry.domain.study.ProtocolLimits;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.domain.study.StudyTreatment;

/**
 * The rules a treatment session must meet: a drug and route the study gives, its dose in that
 * treatment's unit, plausible values, its dates, and the protocol limits (counted per drug: IV
 * infusions and nasal spray sessions have limits of their own).
 */
public final class InfusionRules {

  static final int WINDOW_DAYS = 28;

  private InfusionRules() {}

  /**
   * @param others the enrolment's other sessions (not this one)
   */
  public static Violations check(
      Infusion infusion,
      Enrolment enrolment,
      StudyDefinition study,
      List<Infusion> others,
      LocalDate today) {
    Violations violations = new Violations();
    violations
        .required("drug", infusion.drug())
        .required("route", infusion.route())
        .inRange("dissociationScore", infusion.dissociationScore(), 0, 92);
    Optional<StudyTreatment> treatment = treatment(infusion, study, violations);
    treatment.ifPresent(t -> checkDose(infusion, t, violations));
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
      List<LocalDate> sameDrug =
          others.stream().filter(o -> o.drug() == infusion.drug()).map(Infusion::date).toList();
      checkProtocolLimits(
          infusion,
          enrolment.enrolmentDate(),
          study.limits(),
          treatment.get(),
          sameDrug,
          violations);
    }
    return violations;
  }

  /** How the study gives the drug by the route; a drug or route it does not give is refused. */
  private static Optional<StudyTreatment> treatment(
      Infusion infusion, StudyDefinition study, Violations violations) {
    if (infusion.drug() == null || infusion.route() == null) {
      return Optional.empty();
    }
    String drug = infusion.drug().name();
    Optional<StudyTreatment> treatment = study.treatment(drug, infusion.route().name());
    if (treatment.isEmpty()) {
      List<String> routes = study.routesOf(drug);
      if (routes.isEmpty()) {
        violations.reject("drug", "not-in-study", "the study does not follow " + drug);
      } else {
        violations.reject(
            "route",
            "not-in-study",
            "the study gives " + drug + " " + String.join(" or ", routes) + " only");
      }
    }
    return treatment;
  }

  /** The dose in the treatment's unit, and no dose in the other. */
  private static void checkDose(
      Infusion infusion, StudyTreatment treatment, Violations violations) {
    String drug = infusion.drug().name();
    if (treatment.doseUnit() == DoseUnit.MG_PER_KG) {
      violations
          .required("doseMgPerKg", infusion.doseMgPerKg())
          .inRange("doseMgPerKg", infusion.doseMgPerKg(), 0.01, 5)
          .required("weightKg", infusion.weightKg())
          .required("durationMinutes", infusion.durationMinutes());
      if (infusion.doseMg() != null) {
        violations.reject(
            "doseMg", "not-for-drug", drug + " is dosed by weight: give doseMgPerKg, not doseMg");
      }
    } else {
      violations.required("doseMg", infusion.doseMg());
      if (infusion.doseMg() != null && !allowed(infusion.doseMg(), treatment.dosesMg())) {
        violations.reject(
            "doseMg",
            "one-of",
            "doseMg must be one of "
                + treatment.dosesMg().stream()
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "))
                + " mg");
      }
      if (infusion.doseMgPerKg() != null) {
        violations.reject(
            "doseMgPerKg",
            "not-for-drug",
            drug + " is dosed in mg per session: give doseMg, not doseMgPerKg");
      }
    }
    violations
        .inRange("weightKg", infusion.weightKg(), 20, 350)
        .inRange("durationMinutes", infusion.durationMinutes(), 1, 600);
  }

  private static boolean allowed(BigDecimal dose, List<Integer> doses) {
    return doses.stream().anyMatch(d -> BigDecimal.valueOf(d).compareTo(dose) == 0);
  }

  private static void checkProtocolLimits(
      Infusion infusion,
      LocalDate enrolmentDate,
      ProtocolLimits limits,
      StudyTreatment treatment,
      List<LocalDate> sameDrug,
      Violations violations) {
    if (mostInAny28DaysWith(infusion.date(), sameDrug) > treatment.maxSessionsPer28Days()) {
      violations.add(
          limit(
              limits,
              "date",
              "protocol-max-per-28-days",
              "more than "
                  + treatment.maxSessionsPer28Days()
                  + " "
                  + infusion.drug().name()
                  + " sessions in 28 days"));
    }
    warnAtYearlyReview(infusion, treatment, sameDrug, violations);
    if (treatment.doseUnit() != DoseUnit.MG_PER_KG) {
      return;
    }
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
    if (treatment.minMinutes() != null && infusion.durationMinutes() < treatment.minMinutes()) {
      // Not an exposure limit but a deviation the coordinator should see: always a warning.
      violations.add(
          Violation.warning(
              "durationMinutes",
              "shorter-than-protocol",
              "the infusion took "
                  + infusion.durationMinutes()
                  + " minutes; the protocol gives it over at least "
                  + treatment.minMinutes()));
    }
    LocalDate inductionEnds = enrolmentDate.plusDays(limits.inductionPeriodDays());
    if (infusion.date().isBefore(inductionEnds)
        && sameDrug.stream()
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
   * The session that brings the year up to it to the study's review threshold warns (a signal
   * follows): once per crossing, not at every session beyond it. Not a limit, so never refused.
   */
  private static void warnAtYearlyReview(
      Infusion infusion,
      StudyTreatment treatment,
      List<LocalDate> sameDrug,
      Violations violations) {
    Integer review = treatment.reviewSessionsPerYear();
    if (review == null) {
      return;
    }
    LocalDate yearFrom = infusion.date().minusDays(Exposure.YEAR - 1L);
    long inYear =
        1
            + sameDrug.stream()
                .filter(d -> !d.isBefore(yearFrom) && !d.isAfter(infusion.date()))
                .count();
    if (inYear == review) {
      violations.add(
          Violation.warning(
              "date",
              "protocol-yearly-review",
              infusion.drug().name()
                  + " sessions in 365 days reach the study's review threshold of "
                  + review
                  + ": the participant's exposure is reviewed"));
    }
  }

  /**
   * The largest number of sessions, this one included, in any 28-day window that holds this one.
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
