package no.followup.registry.domain.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.study.EpisodeKind;

/**
 * An enrolment's treatment episodes in order. An episode ends on its discontinuation, or on the day
 * before the next one starts; the last one runs on until it is discontinued.
 */
public record TreatmentCourse(List<TreatmentEpisode> episodes) {

  public TreatmentCourse {
    episodes = List.copyOf(episodes);
    if (episodes.isEmpty() || episodes.get(0).kind() != EpisodeKind.INDUCTION) {
      throw new IllegalArgumentException("a course begins with its induction");
    }
    for (int i = 0; i < episodes.size(); i++) {
      if (episodes.get(i).number() != i + 1) {
        throw new IllegalArgumentException("episodes are numbered 1, 2, 3 … in order");
      }
    }
  }

  public TreatmentEpisode current() {
    return episodes.get(episodes.size() - 1);
  }

  /** The last day of the episode, if it has ended. */
  public Optional<LocalDate> endOf(TreatmentEpisode episode) {
    if (episode.discontinuation().isPresent()) {
      return episode.discontinuation().map(Discontinuation::date);
    }
    return episode.number() < episodes.size()
        ? Optional.of(episodes.get(episode.number()).startDate().minusDays(1))
        : Optional.empty();
  }

  /** How many of the given session dates fall within the episode. */
  public long sessionsIn(TreatmentEpisode episode, List<LocalDate> sessionDates) {
    Optional<LocalDate> end = endOf(episode);
    return sessionDates.stream()
        .filter(date -> !date.isBefore(episode.startDate()))
        .filter(date -> end.isEmpty() || !date.isAfter(end.get()))
        .count();
  }

  /**
   * The next episode, if the rules allow it: a maintenance or re-treatment episode (the induction
   * is the first), starting after the current one started and not before it was discontinued, on a
   * date the enrolment accepts records for.
   */
  public Violations checkNext(
      EpisodeKind kind,
      LocalDate startDate,
      Enrolment enrolment,
      LocalDate today,
      Violations violations) {
    violations.required("kind", kind);
    if (kind == EpisodeKind.INDUCTION) {
      violations.reject(
          "kind",
          "not-induction",
          "an enrolment begins with its induction series; a later series is RETREATMENT");
    }
    enrolment.checkRecordDate("startDate", startDate, today, violations);
    if (startDate == null) {
      return violations;
    }
    TreatmentEpisode current = current();
    if (!startDate.isAfter(current.startDate())) {
      violations.reject(
          "startDate",
          "after-current-episode",
          "startDate must be after the start of the current episode (" + current.startDate() + ")");
    }
    current
        .discontinuation()
        .filter(d -> startDate.isBefore(d.date()))
        .ifPresent(
            d ->
                violations.reject(
                    "startDate",
                    "not-before-discontinuation",
                    "the current episode was discontinued on "
                        + d.date()
                        + "; a new one starts on or after that day"));
    return violations;
  }

  /** The episode that follows the current one (its rules checked with {@link #checkNext}). */
  public TreatmentEpisode next(EpisodeKind kind, LocalDate startDate) {
    return new TreatmentEpisode(episodes.size() + 1, kind, startDate, Optional.empty());
  }

  /** The course once the next episode has begun. */
  public TreatmentCourse followedBy(TreatmentEpisode next) {
    List<TreatmentEpisode> all = new java.util.ArrayList<>(episodes);
    all.add(next);
    return new TreatmentCourse(all);
  }
}
