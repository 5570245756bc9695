package no.followup.registry.domain.treatment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.study.EpisodeKind;

/**
 * One episode of an enrolment's treatment course, numbered from 1: the induction series first, then
 * maintenance or a new series. It lasts until it is discontinued or the next one starts.
 */
public record TreatmentEpisode(
    int number, EpisodeKind kind, LocalDate startDate, Optional<Discontinuation> discontinuation) {

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
    return new TreatmentEpisode(1, EpisodeKind.INDUCTION, enrolmentDate, Optional.empty());
  }
}
