package no.followup.registry.domain.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import no.followup.registry.domain.fixtures.StudyFixture;
import org.junit.jupiter.api.Test;

class VisitScheduleTest {

  private static final LocalDate ENROLLED = LocalDate.of(2026, 1, 5);
  private final VisitSchedule schedule = StudyFixture.ketamineTrd().schedule();

  @Test
  void month_1_window_runs_from_day_44_to_day_58_inclusive() {
    assertThat(stateOfMonth1(Map.of(), ENROLLED.plusDays(43))).isEqualTo(VisitState.UPCOMING);
    assertThat(stateOfMonth1(Map.of(), ENROLLED.plusDays(44))).isEqualTo(VisitState.DUE);
    assertThat(stateOfMonth1(Map.of(), ENROLLED.plusDays(58))).isEqualTo(VisitState.DUE);
    assertThat(stateOfMonth1(Map.of(), ENROLLED.plusDays(59))).isEqualTo(VisitState.MISSED);
  }

  @Test
  void a_visit_received_on_the_last_day_of_its_window_is_in_window_and_a_day_later_is_late() {
    LocalDate asOf = ENROLLED.plusDays(100);

    assertThat(stateOfMonth1(Map.of("MONTH_1", ENROLLED.plusDays(58)), asOf))
        .isEqualTo(VisitState.RECEIVED_IN_WINDOW);
    assertThat(stateOfMonth1(Map.of("MONTH_1", ENROLLED.plusDays(59)), asOf))
        .isEqualTo(VisitState.RECEIVED_LATE);
  }

  @Test
  void visits_whose_window_opens_after_withdrawal_are_not_expected() {
    LocalDate withdrawn = ENROLLED.plusDays(30);

    var states =
        schedule
            .statusOn(
                ENROLLED,
                Map.of("BASELINE", ENROLLED),
                Optional.of(withdrawn),
                ENROLLED.plusDays(400))
            .stream()
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
    VisitStatus baseline = schedule.statusOn(ENROLLED, Map.of(), Optional.empty(), ENROLLED).get(0);

    assertThat(baseline.windowOpens()).isEqualTo(ENROLLED.minusDays(14));
    assertThat(baseline.windowCloses()).isEqualTo(ENROLLED);
    assertThat(baseline.state()).isEqualTo(VisitState.DUE);
  }

  private VisitState stateOfMonth1(Map<String, LocalDate> received, LocalDate asOf) {
    return schedule.statusOn(ENROLLED, received, Optional.empty(), asOf).stream()
        .filter(s -> s.visit().code().equals("MONTH_1"))
        .findFirst()
        .orElseThrow()
        .state();
  }
}
