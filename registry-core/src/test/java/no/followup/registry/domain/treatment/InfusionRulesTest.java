package no.followup.registry.domain.treatment;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static no.followup.registry.domain.fixtures.InfusionFixture.anInfusion;
import static no.followup.registry.domain.fixtures.InfusionFixture.inductionSeries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import no.followup.registry.domain.fixtures.StudyFixture;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violation.Severity;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.study.StudyDefinition;
import org.junit.jupiter.api.Test;

class InfusionRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final StudyDefinition WARN = StudyFixture.ketamineTrd();
  private static final StudyDefinition REJECT = StudyFixture.ketamineTrdRejectingBreaches();
  private final Enrolment enrolment = anEnrolment().build();

  @Test
  void accepts_the_protocol_infusion() {
    assertThat(check(anInfusion(), WARN, List.of()).all()).isEmpty();
  }

  @Test
  void names_every_implausible_value_with_its_field_and_rule() {
    var infusion =
        anInfusion()
            .withDose("9.0")
            .withVitals(new VitalSigns(120, 130, 350, 90, null, null, 300, 40));

    assertThat(check(infusion, WARN, List.of()).all())
        .extracting(Violation::field, Violation::rule)
        .containsExactlyInAnyOrder(
            tuple("doseMgPerKg", "range"),
            tuple("vitals.systolicBefore", "above-diastolic"),
            tuple("vitals.systolicMax", "range"),
            tuple("vitals.heartRateMax", "range"),
            tuple("vitals.spo2Min", "range"));
  }

  @Test
  void a_dose_above_the_protocol_warns_or_rejects_as_the_study_defines() {
    Violations warned = check(anInfusion().withDose("0.80"), WARN, List.of());
    Violations rejected = check(anInfusion().withDose("0.80"), REJECT, List.of());

    assertThat(warned.rejects()).isFalse();
    assertThat(warned.warnings()).extracting(Violation::rule).containsExactly("protocol-max-dose");
    assertThat(rejected.all())
        .extracting(Violation::rule, Violation::severity)
        .containsExactly(tuple("protocol-max-dose", Severity.REJECTION));
  }

  @Test
  void the_dose_at_the_limit_is_within_protocol() {
    assertThat(check(anInfusion().withDose("0.75"), REJECT, List.of()).all()).isEmpty();
  }

  @Test
  void a_seventh_infusion_in_the_induction_period_breaks_the_series_limit() {
    List<LocalDate> six = inductionSeries(ENROLMENT_DATE, 6);

    Violations seventh = check(anInfusion().on(six.get(5).plusDays(2)), REJECT, six);

    assertThat(seventh.all()).extracting(Violation::rule).contains("protocol-induction-series");
  }

  @Test
  void a_maintenance_infusion_after_the_induction_period_is_within_protocol() {
    List<LocalDate> six = inductionSeries(ENROLMENT_DATE, 6);

    assertThat(check(anInfusion().on(ENROLMENT_DATE.plusDays(50)), REJECT, six).all()).isEmpty();
  }

  @Test
  void counts_infusions_in_any_28_day_window() {
    LocalDate first = ENROLMENT_DATE.plusDays(60);
    List<LocalDate> eightIn28Days =
        java.util.stream.IntStream.range(0, 8).mapToObj(i -> first.plusDays(3L * i)).toList();

    assertThat(InfusionRules.mostInAny28DaysWith(first.plusDays(27), eightIn28Days)).isEqualTo(9);
    assertThat(InfusionRules.mostInAny28DaysWith(first.plusDays(21 + 27), eightIn28Days))
        .isEqualTo(2);
    assertThat(InfusionRules.mostInAny28DaysWith(first.plusDays(21 + 28), eightIn28Days))
        .isEqualTo(1);
    assertThat(check(anInfusion().on(first.plusDays(25)), REJECT, eightIn28Days).all())
        .extracting(Violation::rule)
        .containsExactly("protocol-max-per-28-days");
  }

  @Test
  void refuses_an_infusion_after_treatment_was_discontinued() {
    Enrolment discontinued = anEnrolment().discontinuedOn(ENROLMENT_DATE.plusDays(10)).build();

    Violations violations =
        InfusionRules.check(
            anInfusion().on(ENROLMENT_DATE.plusDays(11)).of(discontinued.id()),
            discontinued,
            WARN,
            List.of(),
            TODAY);

    assertThat(violations.all())
        .extracting(Violation::rule)
        .containsExactly("not-after-discontinuation");
  }

  @Test
  void an_infusion_on_the_day_of_discontinuation_is_accepted() {
    Enrolment discontinued = anEnrolment().discontinuedOn(ENROLMENT_DATE.plusDays(10)).build();

    Violations violations =
        InfusionRules.check(
            anInfusion().on(ENROLMENT_DATE.plusDays(10)).of(discontinued.id()),
            discontinued,
            WARN,
            List.of(),
            TODAY);

    assertThat(violations.all()).isEmpty();
  }

  @Test
  void a_dose_one_step_above_the_limit_breaks_it() {
    assertThat(check(anInfusion().withDose("0.751"), REJECT, List.of()).all())
        .extracting(Violation::rule)
        .containsExactly("protocol-max-dose");
  }

  @Test
  void
      the_session_that_reaches_the_yearly_review_threshold_warns_once_even_where_breaches_reject() {
    List<LocalDate> fortnightly =
        java.util.stream.IntStream.rangeClosed(1, 22)
            .mapToObj(k -> TODAY.minusDays(14L * k))
            .toList();
    List<LocalDate> yearAgoInside = concat(fortnightly, TODAY.minusDays(364));
    List<LocalDate> yearAgoOutside = concat(fortnightly, TODAY.minusDays(365));

    Violations reaching = check(anInfusion().on(TODAY), REJECT, yearAgoInside);
    assertThat(reaching.all())
        .as("the 24th in the 365 days up to it, that day included")
        .extracting(Violation::rule, Violation::rejects)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("protocol-yearly-review", false));
    assertThat(reaching.all().get(0).message())
        .isEqualTo(
            "RACEMIC_KETAMINE sessions in 365 days reach the study's review threshold of 24: the"
                + " participant's exposure is reviewed");
    assertThat(check(anInfusion().on(TODAY), REJECT, yearAgoOutside).all())
        .as("a session 365 days before is outside the year")
        .isEmpty();
    assertThat(
            check(anInfusion().on(TODAY), REJECT, concat(yearAgoInside, TODAY.minusDays(1))).all())
        .as("the 25th: the threshold was reached before, no second warning")
        .isEmpty();
    assertThat(
            check(anInfusion().on(TODAY.minusDays(1)), REJECT, concat(yearAgoInside, TODAY)).all())
        .as("a session entered late counts the year up to its own day, not the later ones")
        .extracting(Violation::rule)
        .containsExactly("protocol-yearly-review");
  }

  private static List<LocalDate> concat(List<LocalDate> dates, LocalDate more) {
    return java.util.stream.Stream.concat(dates.stream(), java.util.stream.Stream.of(more))
        .toList();
  }

  @Test
  void eight_infusions_in_28_days_are_the_limit_and_the_ninth_breaks_it() {
    LocalDate first = ENROLMENT_DATE.plusDays(60);
    List<LocalDate> seven =
        java.util.stream.IntStream.range(0, 7).mapToObj(i -> first.plusDays(3L * i)).toList();
    List<LocalDate> eight =
        java.util.stream.IntStream.range(0, 8).mapToObj(i -> first.plusDays(3L * i)).toList();

    assertThat(check(anInfusion().on(first.plusDays(25)), REJECT, seven).all()).isEmpty();
    assertThat(check(anInfusion().on(first.plusDays(25)), REJECT, eight).all())
        .extracting(Violation::rule)
        .containsExactly("protocol-max-per-28-days");
  }

  @Test
  void the_sixth_induction_infusion_is_the_limit() {
    List<LocalDate> five = inductionSeries(ENROLMENT_DATE, 5);

    assertThat(check(anInfusion().on(five.get(4).plusDays(2)), REJECT, five).all()).isEmpty();
  }

  @Test
  void infusions_outside_the_induction_period_do_not_count_towards_the_series() {
    List<LocalDate> others = new java.util.ArrayList<>(inductionSeries(ENROLMENT_DATE, 5));
    others.add(ENROLMENT_DATE.plusDays(28));
    others.add(ENROLMENT_DATE.minusDays(1));

    assertThat(check(anInfusion().on(ENROLMENT_DATE.plusDays(20)), REJECT, others).all()).isEmpty();
  }

  @Test
  void the_induction_period_ends_after_28_days() {
    List<LocalDate> six = inductionSeries(ENROLMENT_DATE, 6);

    assertThat(check(anInfusion().on(ENROLMENT_DATE.plusDays(27)), REJECT, six).all())
        .extracting(Violation::rule)
        .containsExactly("protocol-induction-series");
    assertThat(check(anInfusion().on(ENROLMENT_DATE.plusDays(28)), REJECT, six).all()).isEmpty();
  }

  @Test
  void esketamine_84_mg_is_a_standard_session_whatever_the_weight() {
    assertThat(check(anInfusion().esketamine("84").withWeight("60"), REJECT, List.of()).all())
        .as("84 mg in 60 kg is 1.4 mg/kg, which only a weight-dosed drug would count")
        .isEmpty();
    assertThat(check(anInfusion().esketamine("28"), REJECT, List.of()).all()).isEmpty();
  }

  @Test
  void an_esketamine_dose_is_one_of_the_studys_doses() {
    assertThat(check(anInfusion().esketamine("70"), WARN, List.of()).all())
        .extracting(Violation::field, Violation::rule, Violation::message)
        .containsExactly(tuple("doseMg", "one-of", "doseMg must be one of 28, 56, 84 mg"));
  }

  @Test
  void each_drug_takes_its_dose_in_its_own_unit_and_refuses_the_other() {
    assertThat(check(anInfusion().esketamine("56").withDose("0.9"), WARN, List.of()).all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("doseMgPerKg", "not-for-drug"));
    assertThat(
            check(anInfusion().esketamine("56").withDoseInMg(null).withDose("0.9"), WARN, List.of())
                .all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("doseMg", "required"), tuple("doseMgPerKg", "not-for-drug"));
    assertThat(check(anInfusion().withDoseInMg("35"), WARN, List.of()).all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("doseMg", "not-for-drug"));
  }

  @Test
  void a_route_the_study_does_not_give_the_drug_by_is_refused_naming_the_routes_it_does() {
    assertThat(check(anInfusion().by(Route.INTRANASAL), WARN, List.of()).all())
        .extracting(Violation::field, Violation::rule, Violation::message)
        .containsExactly(
            tuple("route", "not-in-study", "the study gives RACEMIC_KETAMINE INTRAVENOUS only"));
  }

  @Test
  void an_infusion_much_shorter_than_the_protocols_time_warns_even_where_limits_reject() {
    assertThat(check(anInfusion().over(30), REJECT, List.of()).all()).isEmpty();
    Violations quick = check(anInfusion().over(15), REJECT, List.of());

    assertThat(quick.rejects()).isFalse();
    assertThat(quick.warnings())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("durationMinutes", "shorter-than-protocol"));
  }

  @Test
  void nasal_spray_sessions_have_their_own_28_day_limit_apart_from_infusions() {
    LocalDate first = ENROLMENT_DATE.plusDays(60);
    List<Infusion> eightInfusions =
        java.util.stream.IntStream.range(0, 8)
            .mapToObj(i -> anInfusion().on(first.plusDays(3L * i)).of(enrolment.id()))
            .toList();
    List<Infusion> eightSprays =
        java.util.stream.IntStream.range(0, 8)
            .mapToObj(
                i -> anInfusion().esketamine("56").on(first.plusDays(3L * i)).of(enrolment.id()))
            .toList();
    Infusion ninthSpray = anInfusion().esketamine("56").on(first.plusDays(25)).of(enrolment.id());

    assertThat(InfusionRules.check(ninthSpray, enrolment, REJECT, eightInfusions, TODAY).all())
        .isEmpty();
    assertThat(InfusionRules.check(ninthSpray, enrolment, REJECT, eightSprays, TODAY).all())
        .extracting(Violation::rule, Violation::message)
        .containsExactly(
            tuple("protocol-max-per-28-days", "more than 8 ESKETAMINE sessions in 28 days"));
  }

  @Test
  void a_spray_session_in_the_induction_period_is_not_one_of_the_infusion_series() {
    List<LocalDate> six = inductionSeries(ENROLMENT_DATE, 6);

    assertThat(check(anInfusion().esketamine("84").on(six.get(5).plusDays(2)), REJECT, six).all())
        .isEmpty();
  }

  /** Checks against other infusions (IV racemic ketamine) on the given dates. */
  private Violations check(
      no.followup.registry.domain.fixtures.InfusionFixture infusion,
      StudyDefinition study,
      List<LocalDate> otherInfusions) {
    List<Infusion> others =
        otherInfusions.stream().map(d -> anInfusion().on(d).of(enrolment.id())).toList();
    return InfusionRules.check(infusion.of(enrolment.id()), enrolment, study, others, TODAY);
  }
}
