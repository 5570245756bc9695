package no.followup.registry.domain.study;

import java.time.LocalDate;

/**
 * One scheduled visit: its target day counted from enrolment (day 0) and the window around it in
 * which the visit counts as on time.
 */
public record VisitDefinition(
    String code, String label, int targetDay, int windowDaysBefore, int windowDaysAfter) {

  public VisitDefinition {
    if (windowDaysBefore < 0 || windowDaysAfter < 0) {
      throw new IllegalArgumentException("visit windows cannot be negative");
    }
  }

  public LocalDate windowOpens(LocalDate enrolmentDate) {
    return enrolmentDate.plusDays((long) targetDay - windowDaysBefore);
  }

  public LocalDate windowCloses(LocalDate enrolmentDate) {
    return enrolmentDate.plusDays((long) targetDay + windowDaysAfter);
  }
}
