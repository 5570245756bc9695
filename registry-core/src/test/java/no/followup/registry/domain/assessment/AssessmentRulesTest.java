package no.followup.registry.domain.assessment;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.assessment.AssessmentRules.Checked;
import no.followup.registry.domain.fixtures.StudyFixture;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.study.EpisodeKind;
import no.followup.registry.domain.study.ScheduledEpisode;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final List<Integer> MADRS_ITEMS = List.of(4, 3, 4, 3, 2, 4, 3, 3, 4, 2);
  private final Enrolment enrolment = anEnrolment().build();

  @Test
  void takes_the_total_from_the_items() {
    Checked checked = check(reported(ENROLMENT_DATE, "BASELINE", "MADRS", null, MADRS_ITEMS));

    assertThat(checked.violations().all()).isEmpty();
    assertThat(checked.assessment().totalScore()).isEqualTo(32);
    assertThat(checked.assessment().items()).isEqualTo(MADRS_ITEMS);
    assertThat(checked.assessment().suicidalThoughts()).contains(2);
  }

  @Test
  void accepts_a_total_alone_within_the_instrument_range() {
    assertThat(
            check(reported(ENROLMENT_DATE, "BASELINE", "PHQ9", 27, null)).assessment().totalScore())
        .isEqualTo(27);
    assertThat(check(reported(ENROLMENT_DATE, "BASELINE", "PHQ9", 28, null)).violations().all())
        .extracting(Violation::field, Violation::rule, Violation::message)
        .containsExactly(tuple("totalScore", "range", "totalScore must be between 0 and 27"));
  }

  @Test
  void refuses_a_total_that_is_not_the_sum_of_the_items() {
    assertThat(
            check(reported(ENROLMENT_DATE, "BASELINE", "MADRS", 30, MADRS_ITEMS))
                .violations()
                .all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("totalScore", "sum-of-items"));
  }

  @Test
  void refuses_wrong_item_count_item_out_of_range_unknown_visit_and_instrument() {
    assertThat(
            check(reported(ENROLMENT_DATE, "BASELINE", "MADRS", null, List.of(1, 2, 3)))
                .violations()
                .all())
        .extracting(Violation::rule)
        .containsExactly("item-count");
    assertThat(
            check(
                    reported(
                        ENROLMENT_DATE,
                        "BASELINE",
                        "PHQ9",
                        null,
                        List.of(0, 1, 2, 3, 4, 0, 1, 2, 3)))
                .violations()
                .all())
        .extracting(Violation::field)
        .containsExactly("items[4]");
    assertThat(check(reported(ENROLMENT_DATE, "WEEK_99", "MADRS", 20, null)).violations().all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("visit", "known-visit"));
    assertThat(check(reported(ENROLMENT_DATE, "BASELINE", "HAMD", 20, null)).violations().all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("instrument", "known-instrument"));
  }

  @Test
  void warns_but_accepts_a_visit_outside_its_window() {
    Checked checked = check(reported(ENROLMENT_DATE.plusDays(70), "MONTH_1", "MADRS", 12, null));

    assertThat(checked.assessment()).isNotNull();
    assertThat(checked.violations().warnings())
        .extracting(Violation::rule)
        .containsExactly("visit-window");
  }

  private Assessment reported(
      LocalDate date, String visit, String instrument, Integer total, List<Integer> items) {
    return new Assessment(UUID.randomUUID(), enrolment.id(), date, visit, instrument, total, items);
  }

  @Test
  void refuses_a_visit_of_a_kind_of_episode_not_begun_by_its_date() {
    Checked checked =
        AssessmentRules.check(
            reported(ENROLMENT_DATE.plusDays(90), "RT_BASELINE", "MADRS", 20, null),
            enrolment,
            StudyFixture.ketamineTrd(),
            Optional.empty(),
            TODAY);

    assertThat(checked.assessment()).isNull();
    assertThat(checked.violations().all())
        .extracting(Violation::field, Violation::rule, Violation::message)
        .containsExactly(
            tuple(
                "visit",
                "episode-begun",
                "RT_BASELINE is a visit of a RETREATMENT episode, and none had begun by "
                    + ENROLMENT_DATE.plusDays(90)));
  }

  @Test
  void judges_the_window_from_the_day_0_of_the_visits_episode() {
    LocalDate seriesStart = ENROLMENT_DATE.plusDays(200);
    LocalDate firstInfusion = seriesStart.plusDays(5);
    ScheduledEpisode newSeries =
        new ScheduledEpisode(
            2, EpisodeKind.RETREATMENT, seriesStart, firstInfusion, Optional.empty());
    LocalDate month1 = firstInfusion.plusDays(51);

    assertThat(checkIn(newSeries, reported(month1.minusDays(7), "RT_MONTH_1", "MADRS", 20, null)))
        .as("the first day of RT_MONTH_1's window, counted from the series' first infusion")
        .isEmpty();
    assertThat(checkIn(newSeries, reported(month1.minusDays(8), "RT_MONTH_1", "MADRS", 20, null)))
        .extracting(Violation::rule, Violation::message)
        .containsExactly(
            tuple(
                "visit-window",
                "date is outside the RT_MONTH_1 window "
                    + month1.minusDays(7)
                    + " to "
                    + month1.plusDays(7)));
  }

  private List<Violation> checkIn(ScheduledEpisode episode, Assessment reported) {
    return AssessmentRules.check(
            reported, enrolment, StudyFixture.ketamineTrd(), Optional.of(episode), TODAY)
        .violations()
        .all();
  }

  private Checked check(Assessment reported) {
    return AssessmentRules.check(
        reported,
        enrolment,
        StudyFixture.ketamineTrd(),
        Optional.of(StudyFixture.inductionFrom(enrolment.enrolmentDate()).get(0)),
        TODAY);
  }
}
