package no.followup.registry.domain.treatment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A participant's cumulative exposure to one drug as of a date: sessions and total dose in the 28
 * days and the year up to it (that day included). Repeated, prolonged exposure is what harms the
 * bladder and liver, so the total is in mg whatever the drug's unit: an IV infusion counts its
 * mg/kg times the weight it was given at.
 */
public record Exposure(
    Drug drug,
    int sessionsIn28Days,
    BigDecimal mgIn28Days,
    int sessionsInYear,
    BigDecimal mgInYear) {

  static final int DAYS = 28;
  static final int YEAR = 365;

  /** Per drug the participant has had, in the order of the drugs; none without sessions. */
  public static List<Exposure> of(List<Infusion> sessions, LocalDate asOf) {
    List<Exposure> exposures = new ArrayList<>();
    for (Drug drug : Drug.values()) {
      List<Infusion> given =
          sessions.stream()
              .filter(s -> s.drug() == drug && s.date() != null && !s.date().isAfter(asOf))
              .toList();
      if (given.isEmpty()) {
        continue;
      }
      List<Infusion> recent = within(given, asOf, DAYS);
      List<Infusion> year = within(given, asOf, YEAR);
      exposures.add(new Exposure(drug, recent.size(), mg(recent), year.size(), mg(year)));
    }
    return exposures;
  }

  /** The milligrams of one session: its dose in mg, or mg/kg times weight (null if unknown). */
  public static BigDecimal mgOf(Infusion session) {
    if (session.doseMg() != null) {
      return session.doseMg();
    }
    if (session.doseMgPerKg() == null || session.weightKg() == null) {
      return null;
    }
    return session.doseMgPerKg().multiply(session.weightKg()).setScale(1, RoundingMode.HALF_UP);
  }

  private static List<Infusion> within(List<Infusion> given, LocalDate asOf, int days) {
    LocalDate from = asOf.minusDays(days - 1L);
    return given.stream().filter(s -> !s.date().isBefore(from)).toList();
  }

  private static BigDecimal mg(List<Infusion> sessions) {
    return sessions.stream()
        .map(Exposure::mgOf)
        .filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .stripTrailingZeros();
  }
}
