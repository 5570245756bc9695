package no.followup.registry.domain.study;

import java.time.LocalDate;

/**
 * One scheduled visit: its target day counted from the schedule's day 0 (the first infusion, see
 * {@code Enrolment.scheduleStart}) and the window around it in which the visit counts as on time.
 */
public record VisitDefinition(
    String code, String label, int targetDay, int windowDaysBefore, int windowDaysAfter) {

  public VisitDefinition {
    if (windowDaysBefore < 0 || windowDaysAfter < 0) {
      throw new IllegalArgumentException("visit windows cannot be negative");
    }
  }

  public LocalDate windowOpens(LocalDate dayZero) {
    return dayZero.plusDays((long) targetDay - windowDaysBefore);
  }

  public LocalDate windowCloses(LocalDate dayZero) {
    return dayZero.plusDays((long) targetDay + windowDaysAfter);
  }
}
