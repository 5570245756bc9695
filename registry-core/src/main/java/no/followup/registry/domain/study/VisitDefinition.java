package no.followup.registry.domain.study;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One scheduled visit of one kind of episode: its target day counted from the episode's day 0 (its
 * first treatment session, see {@link ScheduledEpisode#dayZero()}) and the window around it in
 * which the visit counts as on time. Visit codes are unique within a study version, so a code names
 * its episode kind.
 */
public record VisitDefinition(
    String code,
    String label,
    int targetDay,
    int windowDaysBefore,
    int windowDaysAfter,
    EpisodeKind episodeKind) {

  public VisitDefinition {
    if (windowDaysBefore < 0 || windowDaysAfter < 0) {
      throw new IllegalArgumentException("visit windows cannot be negative");
    }
    Objects.requireNonNull(episodeKind, "episodeKind");
  }

  public LocalDate windowOpens(LocalDate dayZero) {
    return dayZero.plusDays((long) targetDay - windowDaysBefore);
  }

  public LocalDate windowCloses(LocalDate dayZero) {
    return dayZero.plusDays((long) targetDay + windowDaysAfter);
  }
}
