package no.followup.registry.domain.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A study's visits in order, each of one kind of episode, and the state of each visit of each of a
 * participant's episodes on a given date.
 */
public record VisitSchedule(List<VisitDefinition> visits) {

  public VisitSchedule {
    visits = List.copyOf(visits);
  }

  /**
   * Every visit of every episode, episode by episode: each counted from its episode's day 0.
   *
   * @param episodes the participant's episodes in order (the induction first)
   * @param received the day each visit of each episode was first assessed
   * @param followUpEnded the day follow-up ended (consent withdrawn, death, lost, moved), if it did
   * @param asOf the date to judge on
   */
  public List<VisitStatus> statusOn(
      List<ScheduledEpisode> episodes,
      FirstAssessed received,
      Optional<LocalDate> followUpEnded,
      LocalDate asOf) {
    List<VisitStatus> statuses = new ArrayList<>();
    for (ScheduledEpisode episode : episodes) {
      // The next episode's schedule takes over from its start, as the end of follow-up ends all.
      Optional<LocalDate> notExpectedFrom =
          Stream.concat(followUpEnded.stream(), episode.nextStart().stream())
              .min(Comparator.naturalOrder());
      for (VisitDefinition visit : visits) {
        if (visit.episodeKind() == episode.kind()) {
          LocalDate receivedOn = received.of(episode.number(), visit.code()).orElse(null);
          statuses.add(statusOf(episode, visit, receivedOn, notExpectedFrom, asOf));
        }
      }
    }
    return statuses;
  }

  private static VisitStatus statusOf(
      ScheduledEpisode episode,
      VisitDefinition visit,
      LocalDate receivedOn,
      Optional<LocalDate> notExpectedFrom,
      LocalDate asOf) {
    LocalDate opens = visit.windowOpens(episode.dayZero());
    LocalDate closes = visit.windowCloses(episode.dayZero());
    return new VisitStatus(
        episode.number(),
        visit,
        opens,
        closes,
        state(opens, closes, receivedOn, notExpectedFrom, asOf),
        Optional.ofNullable(receivedOn));
  }

  private static VisitState state(
      LocalDate opens,
      LocalDate closes,
      LocalDate receivedOn,
      Optional<LocalDate> notExpectedFrom,
      LocalDate asOf) {
    if (receivedOn != null) {
      return receivedOn.isAfter(closes) ? VisitState.RECEIVED_LATE : VisitState.RECEIVED_IN_WINDOW;
    }
    if (notExpectedFrom.isPresent() && !opens.isBefore(notExpectedFrom.get())) {
      return VisitState.NOT_EXPECTED;
    }
    if (asOf.isBefore(opens)) {
      return VisitState.UPCOMING;
    }
    return asOf.isAfter(closes) ? VisitState.MISSED : VisitState.DUE;
  }
}
