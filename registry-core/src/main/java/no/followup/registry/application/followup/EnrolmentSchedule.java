package no.followup.registry.application.followup;

import java.util.List;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.study.ScheduledEpisode;
import no.followup.registry.domain.study.VisitStatus;

/**
 * One enrolment's visits as they stand today (received, late, due, missed or not expected), each in
 * the episode whose schedule it belongs to.
 */
public record EnrolmentSchedule(
    Enrolment enrolment, List<ScheduledEpisode> episodes, List<VisitStatus> visits) {

  public EnrolmentSchedule {
    episodes = List.copyOf(episodes);
    visits = List.copyOf(visits);
  }

  /** An episode with its own visits. */
  public record EpisodeVisits(ScheduledEpisode episode, List<VisitStatus> visits) {}

  /** The visits episode by episode, for a page that shows each schedule under its episode. */
  public List<EpisodeVisits> byEpisode() {
    return episodes.stream()
        .map(
            e ->
                new EpisodeVisits(
                    e, visits.stream().filter(v -> v.episode() == e.number()).toList()))
        .toList();
  }
}
