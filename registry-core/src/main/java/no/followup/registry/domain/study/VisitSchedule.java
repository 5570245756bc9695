package no.followup.registry.domain.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A study's visits in order, and the state of each for a participant on a given date. */
public record VisitSchedule(List<VisitDefinition> visits) {

  public VisitSchedule {
    visits = List.copyOf(visits);
  }

  /**
   * @param dayZero day 0 of the participant's schedule (the first infusion, or the enrolment date)
   * @param received the date each visit was received, by visit code
   * @param followUpEnded the day follow-up ended (consent withdrawn, death, lost, moved), if it did
   * @param asOf the date to judge on
   */
  public List<VisitStatus> statusOn(
      LocalDate dayZero,
      Map<String, LocalDate> received,
      Optional<LocalDate> followUpEnded,
      LocalDate asOf) {
    return visits.stream()
        .map(visit -> statusOf(visit, dayZero, received.get(visit.code()), followUpEnded, asOf))
        .toList();
  }

  private static VisitStatus statusOf(
      VisitDefinition visit,
      LocalDate dayZero,
      LocalDate receivedOn,
      Optional<LocalDate> followUpEnded,
      LocalDate asOf) {
    LocalDate opens = visit.windowOpens(dayZero);
    LocalDate closes = visit.windowCloses(dayZero);
    return new VisitStatus(
        visit,
        opens,
        closes,
        state(opens, closes, receivedOn, followUpEnded, asOf),
        Optional.ofNullable(receivedOn));
  }

  private static VisitState state(
      LocalDate opens,
      LocalDate closes,
      LocalDate receivedOn,
      Optional<LocalDate> followUpEnded,
      LocalDate asOf) {
    if (receivedOn != null) {
      return receivedOn.isAfter(closes) ? VisitState.RECEIVED_LATE : VisitState.RECEIVED_IN_WINDOW;
    }
    if (followUpEnded.isPresent() && !opens.isBefore(followUpEnded.get())) {
      return VisitState.NOT_EXPECTED;
    }
    if (asOf.isBefore(opens)) {
      return VisitState.UPCOMING;
    }
    return asOf.isAfter(closes) ? VisitState.MISSED : VisitState.DUE;
  }
}
