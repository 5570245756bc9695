package no.followup.registry.domain.study;

import java.util.List;
import java.util.Objects;

/**
 * A drug as a study gives it: by which route, its dose in which unit, and that treatment's own
 * limits. Drug and route are codes, as visit codes are: the study is data.
 *
 * @param dosesMg the doses allowed per session, for a dose in mg; empty for mg/kg
 * @param minMinutes the shortest infusion the protocol expects (shorter warns), or null
 * @param maxSessionsPer28Days the most sessions of this treatment in any 28 days
 * @param reviewSessionsPerYear the sessions in any 365 days at which the participant's exposure is
 *     reviewed (the one reaching it warns and raises a signal), or null for no review
 */
public record StudyTreatment(
    String drug,
    String route,
    DoseUnit doseUnit,
    List<Integer> dosesMg,
    Integer minMinutes,
    int maxSessionsPer28Days,
    Integer reviewSessionsPerYear) {

  public StudyTreatment {
    Objects.requireNonNull(drug, "drug");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(doseUnit, "doseUnit");
    dosesMg = List.copyOf(dosesMg);
    if (maxSessionsPer28Days < 1) {
      throw new IllegalArgumentException("a treatment must allow at least one session");
    }
    if (reviewSessionsPerYear != null && reviewSessionsPerYear < 1) {
      throw new IllegalArgumentException("a review threshold is at least one session");
    }
  }

  public boolean givenAs(String drug, String route) {
    return this.drug.equals(drug) && this.route.equals(route);
  }
}
