package no.followup.registry.domain.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.followup.registry.domain.fixtures.StudyFixture;
import org.junit.jupiter.api.Test;

class VisitScheduleTest {

  private static final LocalDate ENROLLED = LocalDate.of(2026, 1, 5);
  private final VisitSchedule schedule = StudyFixture.ketamineTrd().schedule();

  @Test
  void month_1_window_runs_from_day_44_to_day_58_inclusive() {
    assertThat(stateOfMonth1(new FirstAssessed(), ENROLLED.plusDays(43)))
        .isEqualTo(VisitState.UPCOMING);
    assertThat(stateOfMonth1(new FirstAssessed(), ENROLLED.plusDays(44))).isEqualTo(VisitState.DUE);
    assertThat(stateOfMonth1(new FirstAssessed(), ENROLLED.plusDays(58))).isEqualTo(VisitState.DUE);
    assertThat(stateOfMonth1(new FirstAssessed(), ENROLLED.plusDays(59)))
        .isEqualTo(VisitState.MISSED);
  }

  @Test
  void a_visit_received_on_the_last_day_of_its_window_is_in_window_and_a_day_later_is_late() {
    LocalDate asOf = ENROLLED.plusDays(100);

    assertThat(stateOfMonth1(inInduction("MONTH_1", ENROLLED.plusDays(58)), asOf))
        .isEqualTo(VisitState.RECEIVED_IN_WINDOW);
    assertThat(stateOfMonth1(inInduction("MONTH_1", ENROLLED.plusDays(59)), asOf))
        .isEqualTo(VisitState.RECEIVED_LATE);
  }

  @Test
  void visits_whose_window_opens_after_withdrawal_are_not_expected() {
    LocalDate withdrawn = ENROLLED.plusDays(30);

    var states =
        schedule
            .statusOn(
                StudyFixture.inductionFrom(ENROLLED),
                inInduction("BASELINE", ENROLLED),
                Optional.of(withdrawn),
                ENROLLED.plusDays(400))
            .stream()
            .filter(s -> s.episode() == 1)
            .map(VisitStatus::state)
            .toList();

    assertThat(states)
        .containsExactly(
            VisitState.RECEIVED_IN_WINDOW,
            VisitState.MISSED,
            VisitState.MISSED,
            VisitState.NOT_EXPECTED,
            VisitState.NOT_EXPECTED,
            VisitState.NOT_EXPECTED,
            VisitState.NOT_EXPECTED,
            VisitState.NOT_EXPECTED);
  }

  @Test
  void reports_the_window_of_each_visit() {
    VisitStatus baseline =
        schedule
            .statusOn(
                StudyFixture.inductionFrom(ENROLLED),
                new FirstAssessed(),
                Optional.empty(),
                ENROLLED)
            .get(0);

    assertThat(baseline.windowOpens()).isEqualTo(ENROLLED.minusDays(14));
    assertThat(baseline.windowCloses()).isEqualTo(ENROLLED);
    assertThat(baseline.state()).isEqualTo(VisitState.DUE);
  }

  @Test
  void each_episode_has_its_own_schedule_from_its_first_session() {
    LocalDate maintenance = ENROLLED.plusDays(40);
    LocalDate newSeries = ENROLLED.plusDays(300);
    LocalDate firstInfusionOfSeries = newSeries.plusDays(6);
    List<ScheduledEpisode> course =
        List.of(
            new ScheduledEpisode(
                1, EpisodeKind.INDUCTION, ENROLLED, ENROLLED, Optional.of(maintenance)),
            new ScheduledEpisode(
                2, EpisodeKind.MAINTENANCE, maintenance, maintenance, Optional.of(newSeries)),
            new ScheduledEpisode(
                3, EpisodeKind.RETREATMENT, newSeries, firstInfusionOfSeries, Optional.empty()));
    FirstAssessed received =
        new FirstAssessed()
            .add(1, "BASELINE", ENROLLED)
            .add(2, "MT_START", maintenance)
            .add(3, "RT_BASELINE", newSeries.plusDays(2));

    List<String> states =
        schedule.statusOn(course, received, Optional.empty(), newSeries.plusDays(60)).stream()
            .map(v -> v.episode() + " " + v.visit().code() + " " + v.state())
            .toList();

    assertThat(states)
        .containsExactly(
            "1 BASELINE RECEIVED_IN_WINDOW",
            "1 MIDWAY MISSED",
            "1 END_OF_INDUCTION MISSED",
            "1 MONTH_1 NOT_EXPECTED",
            "1 MONTH_3 NOT_EXPECTED",
            "1 MONTH_6 NOT_EXPECTED",
            "1 MONTH_12 NOT_EXPECTED",
            "1 MONTH_24 NOT_EXPECTED",
            "2 MT_START RECEIVED_IN_WINDOW",
            "2 MT_MONTH_3 MISSED",
            "2 MT_MONTH_6 MISSED",
            "2 MT_MONTH_12 NOT_EXPECTED",
            "2 MT_MONTH_24 NOT_EXPECTED",
            "3 RT_BASELINE RECEIVED_IN_WINDOW",
            "3 RT_MIDWAY MISSED",
            "3 RT_END_OF_SERIES MISSED",
            "3 RT_MONTH_1 DUE",
            "3 RT_MONTH_3 UPCOMING",
            "3 RT_MONTH_6 UPCOMING",
            "3 RT_MONTH_12 UPCOMING");
    VisitStatus month1 =
        schedule.statusOn(course, received, Optional.empty(), newSeries).stream()
            .filter(v -> v.visit().code().equals("RT_MONTH_1"))
            .findFirst()
            .orElseThrow();
    assertThat(month1.windowOpens())
        .as("counted from the series' first infusion, not its start or the enrolment")
        .isEqualTo(firstInfusionOfSeries.plusDays(51 - 7));
    assertThat(month1.targetDate()).isEqualTo(firstInfusionOfSeries.plusDays(51));
  }

  @Test
  void the_earlier_of_the_end_of_follow_up_and_the_next_episode_ends_an_episodes_schedule() {
    LocalDate maintenance = ENROLLED.plusDays(40);
    List<ScheduledEpisode> course =
        List.of(
            new ScheduledEpisode(
                1, EpisodeKind.INDUCTION, ENROLLED, ENROLLED, Optional.of(maintenance)),
            new ScheduledEpisode(
                2,
                EpisodeKind.MAINTENANCE,
                maintenance,
                maintenance,
                Optional.of(ENROLLED.plusDays(300))));

    List<String> maintenanceStates =
        schedule
            .statusOn(
                course,
                new FirstAssessed(),
                Optional.of(maintenance.plusDays(100)),
                ENROLLED.plusDays(400))
            .stream()
            .filter(v -> v.episode() == 2)
            .map(v -> v.visit().code() + " " + v.state())
            .toList();

    assertThat(maintenanceStates)
        .as("follow-up ended on day 100 of maintenance, before the next episode began")
        .containsExactly(
            "MT_START MISSED",
            "MT_MONTH_3 MISSED",
            "MT_MONTH_6 NOT_EXPECTED",
            "MT_MONTH_12 NOT_EXPECTED",
            "MT_MONTH_24 NOT_EXPECTED");
  }

  @Test
  void the_study_lists_its_visits_by_kind_of_episode() {
    StudyDefinition study = StudyFixture.ketamineTrd();

    assertThat(study.episodeKinds())
        .containsExactly(EpisodeKind.INDUCTION, EpisodeKind.RETREATMENT, EpisodeKind.MAINTENANCE);
    assertThat(study.visitsOf(EpisodeKind.MAINTENANCE))
        .extracting(VisitDefinition::code)
        .containsExactly("MT_START", "MT_MONTH_3", "MT_MONTH_6", "MT_MONTH_12", "MT_MONTH_24");
  }

  @Test
  void a_visit_counts_as_received_on_the_first_day_it_was_assessed_in_its_episode() {
    LocalDate first = ENROLLED.plusDays(50);
    LocalDate again = ENROLLED.plusDays(52);

    assertThat(
            new FirstAssessed().add(1, "MONTH_1", again).add(1, "MONTH_1", first).of(1, "MONTH_1"))
        .contains(first);
    assertThat(
            new FirstAssessed().add(1, "MONTH_1", first).add(1, "MONTH_1", again).of(1, "MONTH_1"))
        .contains(first);
    assertThat(new FirstAssessed().add(1, "MONTH_1", first).of(2, "MONTH_1")).isEmpty();
  }

  @Test
  void an_episode_and_a_visit_need_their_kind_and_dates() {
    assertThatThrownBy(() -> new ScheduledEpisode(1, null, ENROLLED, ENROLLED, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
    assertThatThrownBy(
            () -> new ScheduledEpisode(1, EpisodeKind.INDUCTION, null, ENROLLED, Optional.empty()))
        .hasMessage("start");
    assertThatThrownBy(
            () -> new ScheduledEpisode(1, EpisodeKind.INDUCTION, ENROLLED, null, Optional.empty()))
        .hasMessage("dayZero");
    assertThatThrownBy(
            () -> new ScheduledEpisode(1, EpisodeKind.INDUCTION, ENROLLED, ENROLLED, null))
        .hasMessage("nextStart");
    assertThatThrownBy(() -> new VisitDefinition("X", "X", 0, 0, 0, null))
        .hasMessage("episodeKind");
  }

  private static FirstAssessed inInduction(String visit, LocalDate date) {
    return new FirstAssessed().add(1, visit, date);
  }

  private VisitState stateOfMonth1(FirstAssessed received, LocalDate asOf) {
    return schedule
        .statusOn(StudyFixture.inductionFrom(ENROLLED), received, Optional.empty(), asOf)
        .stream()
        .filter(s -> s.visit().code().equals("MONTH_1"))
        .findFirst()
        .orElseThrow()
        .state();
  }
}
