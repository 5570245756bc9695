package no.followup.registry.domain.treatment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Time in treatment as the reports publish it: days as patient-months (an average month of 30.4375
 * days), and sessions per patient-month. One definition for the national report and the aggregated
 * dataset, so the two cannot disagree.
 */
public final class PatientMonths {

  private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

  private PatientMonths() {}

  /** The days as patient-months, to one decimal. */
  public static BigDecimal of(long days) {
    return BigDecimal.valueOf(days).divide(DAYS_PER_MONTH, 1, RoundingMode.HALF_UP);
  }

  /** Sessions per patient-month, to two decimals; null with no time to divide by. */
  public static BigDecimal sessionsPerMonth(long sessions, long days) {
    return days == 0
        ? null
        : BigDecimal.valueOf(sessions)
            .multiply(DAYS_PER_MONTH)
            .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
  }
}
