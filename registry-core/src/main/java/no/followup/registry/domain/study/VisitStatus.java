package no.followup.registry.domain.study;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One visit of one episode (by its number) of one participant on one date: its window, its state
 * and when it was received.
 */
public record VisitStatus(
    int episode,
    VisitDefinition visit,
    LocalDate windowOpens,
    LocalDate windowCloses,
    VisitState state,
    Optional<LocalDate> receivedOn) {

  /** The visit's target day as a date. */
  public LocalDate targetDate() {
    return windowOpens.plusDays(visit.windowDaysBefore());
  }
}
