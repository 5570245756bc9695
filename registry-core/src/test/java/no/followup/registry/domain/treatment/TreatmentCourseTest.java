package no.followup.registry.domain.treatment;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.study.EpisodeKind;
import org.junit.jupiter.api.Test;

class TreatmentCourseTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final Discontinuation NO_EFFECT =
      new Discontinuation(ENROLMENT_DATE.plusDays(20), Discontinuation.Reason.LACK_OF_EFFECT);

  private final Enrolment enrolment = anEnrolment().build();

  @Test
  void a_course_begins_with_its_induction_and_numbers_its_episodes_in_order() {
    TreatmentEpisode induction = TreatmentEpisode.induction(ENROLMENT_DATE);

    assertThat(new TreatmentCourse(List.of(induction)).current()).isEqualTo(induction);
    assertThat(induction.number()).isEqualTo(1);
    assertThat(induction.kind()).isEqualTo(EpisodeKind.INDUCTION);
    assertThatThrownBy(() -> new TreatmentCourse(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new TreatmentCourse(
                    List.of(
                        new TreatmentEpisode(1, EpisodeKind.MAINTENANCE, TODAY, Optional.empty()))))
        .hasMessageContaining("induction");
    assertThatThrownBy(
            () ->
                new TreatmentCourse(
                    List.of(
                        induction,
                        new TreatmentEpisode(3, EpisodeKind.MAINTENANCE, TODAY, Optional.empty()))))
        .hasMessageContaining("numbered");
    assertThatThrownBy(
            () -> new TreatmentEpisode(0, EpisodeKind.INDUCTION, TODAY, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_episode_ends_on_its_discontinuation_or_the_day_before_the_next_starts() {
    TreatmentEpisode induction =
        new TreatmentEpisode(1, EpisodeKind.INDUCTION, ENROLMENT_DATE, Optional.of(NO_EFFECT));
    TreatmentEpisode retreatment =
        new TreatmentEpisode(
            2, EpisodeKind.RETREATMENT, ENROLMENT_DATE.plusDays(90), Optional.empty());
    TreatmentEpisode maintenance =
        new TreatmentEpisode(
            3, EpisodeKind.MAINTENANCE, ENROLMENT_DATE.plusDays(120), Optional.empty());
    TreatmentCourse course = new TreatmentCourse(List.of(induction, retreatment, maintenance));

    assertThat(course.endOf(induction)).contains(ENROLMENT_DATE.plusDays(20));
    assertThat(course.endOf(retreatment)).contains(ENROLMENT_DATE.plusDays(119));
    assertThat(course.endOf(maintenance)).isEmpty();
    assertThat(course.current()).isEqualTo(maintenance);
  }

  @Test
  void sessions_count_in_the_episode_whose_days_hold_them_both_ends_included() {
    TreatmentEpisode induction = TreatmentEpisode.induction(ENROLMENT_DATE);
    TreatmentEpisode maintenance =
        new TreatmentEpisode(
            2, EpisodeKind.MAINTENANCE, ENROLMENT_DATE.plusDays(30), Optional.empty());
    TreatmentCourse course = new TreatmentCourse(List.of(induction, maintenance));
    List<LocalDate> sessions =
        List.of(
            ENROLMENT_DATE.minusDays(1),
            ENROLMENT_DATE,
            ENROLMENT_DATE.plusDays(10),
            ENROLMENT_DATE.plusDays(29),
            ENROLMENT_DATE.plusDays(30),
            ENROLMENT_DATE.plusDays(400));

    assertThat(course.sessionsIn(induction, sessions)).isEqualTo(3);
    assertThat(course.sessionsIn(maintenance, sessions)).isEqualTo(2);
  }

  @Test
  void a_maintenance_or_new_series_starts_after_the_current_episode() {
    TreatmentCourse course =
        new TreatmentCourse(List.of(TreatmentEpisode.induction(ENROLMENT_DATE)));

    assertThat(rules(course, EpisodeKind.MAINTENANCE, ENROLMENT_DATE.plusDays(28))).isEmpty();
    assertThat(rules(course, EpisodeKind.RETREATMENT, ENROLMENT_DATE.plusDays(1))).isEmpty();
    assertThat(rules(course, EpisodeKind.MAINTENANCE, ENROLMENT_DATE))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("startDate", "after-current-episode"));
    TreatmentEpisode next = course.next(EpisodeKind.MAINTENANCE, ENROLMENT_DATE.plusDays(28));
    assertThat(next)
        .isEqualTo(
            new TreatmentEpisode(
                2, EpisodeKind.MAINTENANCE, ENROLMENT_DATE.plusDays(28), Optional.empty()));
    assertThat(course.followedBy(next).episodes()).containsExactly(course.current(), next);
    assertThat(course.episodes()).as("the course itself stays as it was").hasSize(1);
  }

  @Test
  void the_induction_is_only_ever_the_first_episode_and_a_kind_is_required() {
    TreatmentCourse course =
        new TreatmentCourse(List.of(TreatmentEpisode.induction(ENROLMENT_DATE)));

    assertThat(rules(course, EpisodeKind.INDUCTION, ENROLMENT_DATE.plusDays(60)))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kind", "not-induction"));
    assertThat(rules(course, null, ENROLMENT_DATE.plusDays(60)))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kind", "required"));
  }

  @Test
  void after_a_discontinuation_the_next_episode_starts_on_or_after_its_day() {
    TreatmentCourse course =
        new TreatmentCourse(
            List.of(
                new TreatmentEpisode(
                    1, EpisodeKind.INDUCTION, ENROLMENT_DATE, Optional.of(NO_EFFECT))));

    assertThat(rules(course, EpisodeKind.RETREATMENT, NO_EFFECT.date())).isEmpty();
    assertThat(rules(course, EpisodeKind.RETREATMENT, NO_EFFECT.date().minusDays(1)))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("startDate", "not-before-discontinuation"));
  }

  @Test
  void the_start_obeys_the_enrolments_date_rules() {
    TreatmentCourse course =
        new TreatmentCourse(List.of(TreatmentEpisode.induction(ENROLMENT_DATE)));
    Enrolment died = anEnrolment().diedOn(ENROLMENT_DATE.plusDays(40)).build();

    assertThat(rules(course, EpisodeKind.MAINTENANCE, TODAY.plusDays(1)))
        .extracting(Violation::rule)
        .containsExactly("not-in-future");
    assertThat(
            course
                .checkNext(
                    EpisodeKind.MAINTENANCE,
                    ENROLMENT_DATE.plusDays(41),
                    died,
                    TODAY,
                    new Violations())
                .all())
        .extracting(Violation::rule)
        .containsExactly("not-after-end-of-follow-up");
    assertThat(rules(course, EpisodeKind.MAINTENANCE, null))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("startDate", "required"));
  }

  @Test
  void resuming_treatment_clears_the_enrolments_discontinuation_only() {
    Enrolment discontinued = anEnrolment().discontinuedOn(ENROLMENT_DATE.plusDays(20)).build();

    Enrolment resumed = discontinued.resumeTreatment();

    assertThat(resumed.discontinuation()).isEmpty();
    assertThat(resumed)
        .usingRecursiveComparison()
        .ignoringFields("discontinuation")
        .isEqualTo(discontinued);
  }

  private List<Violation> rules(TreatmentCourse course, EpisodeKind kind, LocalDate start) {
    return course.checkNext(kind, start, enrolment, TODAY, new Violations()).all();
  }
}
