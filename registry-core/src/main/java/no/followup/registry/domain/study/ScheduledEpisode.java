package no.followup.registry.domain.study;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A treatment episode as its visit schedule sees it: day 0 is its first treatment session (an
 * infusion or a spray), or its start until one is given, so waiting for treatment does not make
 * visits late; {@code nextStart} is when the next episode began, if one has, after which this
 * episode's visits are no longer expected.
 */
public record ScheduledEpisode(
    int number,
    EpisodeKind kind,
    LocalDate start,
    LocalDate dayZero,
    Optional<LocalDate> nextStart) {

  public ScheduledEpisode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(dayZero, "dayZero");
    Objects.requireNonNull(nextStart, "nextStart");
  }
}
