package no.followup.registry.domain.treatment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.followup.registry.domain.participant.Discontinuation;

/**
 * One episode of an enrolment's treatment course, numbered from 1: the induction series first, then
 * maintenance or a new series. It lasts until it is discontinued or the next one starts.
 */
public record TreatmentEpisode(
    int number, Kind kind, LocalDate startDate, Optional<Discontinuation> discontinuation) {

  /** What the episode is for. */
  public enum Kind {
    /** The first series of an enrolment (about six infusions over three weeks). */
    INDUCTION,
    /** Boosters to keep a response: an infusion about monthly or esketamine spray weekly. */
    MAINTENANCE,
    /** A new series after a relapse or a pause, with a baseline of its own. */
    RETREATMENT
  }

  public TreatmentEpisode {
    if (number < 1) {
      throw new IllegalArgumentException("episodes are numbered from 1");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(discontinuation, "discontinuation");
  }

  /** Every enrolment's course begins with its induction on the enrolment date. */
  public static TreatmentEpisode induction(LocalDate enrolmentDate) {
    return new TreatmentEpisode(1, Kind.INDUCTION, enrolmentDate, Optional.empty());
  }
}
