package no.followup.registry.domain.study;

import static org.assertj.core.api.Assertions.assertThat;

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
