package no.followup.registry.domain.lab;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violation;
import org.junit.jupiter.api.Test;

class LabResultRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private final Enrolment enrolment = anEnrolment().build();

  @Test
  void accepts_a_liver_value_and_gives_it_as_a_multiple_of_the_upper_normal_limit() {
    LabResult ggt = result(Analyte.GGT, "240", "U/L", "80");

    assertThat(LabResultRules.check(ggt, enrolment, TODAY).all()).isEmpty();
    assertThat(ggt.timesUpperNormalLimit()).contains(new BigDecimal("3.00"));
  }

  @Test
  void a_multiple_only_of_a_positive_limit() {
    assertThat(result(Analyte.GGT, "240", "U/L", "0").timesUpperNormalLimit()).isEmpty();
    assertThat(result(Analyte.GGT, "240", "U/L", null).timesUpperNormalLimit()).isEmpty();
    assertThat(result(Analyte.GGT, "1", "U/L", "3").timesUpperNormalLimit())
        .contains(new BigDecimal("0.33"));
  }

  @Test
  void refuses_a_wrong_unit_and_a_liver_value_without_its_limit() {
    assertThat(
            LabResultRules.check(result(Analyte.ALT, "50", "ukat/L", null), enrolment, TODAY).all())
        .extracting(Violation::field, Violation::rule)
        .containsExactlyInAnyOrder(
            tuple("unit", "analyte-unit"), tuple("upperNormalLimit", "required"));
  }

  @Test
  void urine_cytology_is_one_of_its_four_classes() {
    for (String cytologyClass : List.of("0", "1", "2", "3", "2.0")) {
      assertThat(
              LabResultRules.check(
                      result(Analyte.URINE_CYTOLOGY, cytologyClass, "class", null),
                      enrolment,
                      TODAY)
                  .all())
          .as(cytologyClass)
          .isEmpty();
    }
    for (String notAClass : List.of("4", "1.5")) {
      assertThat(
              LabResultRules.check(
                      result(Analyte.URINE_CYTOLOGY, notAClass, "class", null), enrolment, TODAY)
                  .all())
          .as(notAClass)
          .extracting(Violation::field, Violation::rule)
          .containsExactly(tuple("value", "cytology-class"));
    }
  }

  @Test
  void kidney_function_needs_no_upper_normal_limit() {
    assertThat(
            LabResultRules.check(
                    result(Analyte.EGFR, "85", "mL/min/1.73m2", null), enrolment, TODAY)
                .all())
        .isEmpty();
  }

  @Test
  void creatinine_at_one_and_a_half_times_the_participants_first_value_warns() {
    // The first creatinine is 80, not the later 200 nor the earlier eGFR.
    List<LabResult> earlier = List.of(creatinine("80", 0), creatinine("200", 5), egfr("100", -5));

    assertThat(kidneyRules(creatinine("120", 20), earlier))
        .containsExactly(
            "kidney-change-from-baseline: creatinine 120 umol/L is 1.5 times the participant's"
                + " first value (80) or more");
    assertThat(kidneyRules(creatinine("119.9", 20), earlier)).isEmpty();
    assertThat(kidneyRules(creatinine("300", 20), List.of()))
        .as("no first value to compare with")
        .isEmpty();
    assertThat(kidneyRules(creatinine("300", 20), List.of(creatinine("80", 20))))
        .as("a value of the same day is no baseline")
        .isEmpty();
    LabResult corrected = creatinine("130", 20);
    LabResult asFirstEntered = on(creatinine("80", 0), 0);
    assertThat(
            kidneyRules(
                corrected,
                List.of(
                    new LabResult(
                        corrected.id(),
                        corrected.enrolmentId(),
                        asFirstEntered.date(),
                        Analyte.CREATININE,
                        asFirstEntered.value(),
                        "umol/L",
                        null))))
        .as("a corrected result is not its own baseline, whatever date it had before")
        .isEmpty();
  }

  @Test
  void egfr_down_by_a_quarter_from_the_participants_first_value_warns() {
    List<LabResult> earlier = List.of(egfr("100", 0), creatinine("80", 0));

    assertThat(kidneyRules(egfr("75", 20), earlier))
        .containsExactly(
            "kidney-change-from-baseline: eGFR 75 has fallen by a quarter or more from the"
                + " participant's first value (100)");
    assertThat(kidneyRules(egfr("75.1", 20), earlier)).isEmpty();
    assertThat(kidneyRules(egfr("75", 20), List.of(egfr("0", 0))))
        .as("a zero first value compares with nothing")
        .isEmpty();
  }

  private List<String> kidneyRules(LabResult result, List<LabResult> others) {
    return LabResultRules.check(result, enrolment, others, TODAY).all().stream()
        .peek(v -> assertThat(v.rejects()).isFalse())
        .map(v -> v.rule() + ": " + v.message())
        .toList();
  }

  private LabResult creatinine(String value, int day) {
    return on(result(Analyte.CREATININE, value, "umol/L", null), day);
  }

  private LabResult egfr(String value, int day) {
    return on(result(Analyte.EGFR, value, "mL/min/1.73m2", null), day);
  }

  private static LabResult on(LabResult result, int day) {
    return new LabResult(
        result.id(),
        result.enrolmentId(),
        ENROLMENT_DATE.plusDays(day),
        result.analyte(),
        result.value(),
        result.unit(),
        result.upperNormalLimit());
  }

  private LabResult result(Analyte analyte, String value, String unit, String uln) {
    return new LabResult(
        UUID.randomUUID(),
        enrolment.id(),
        ENROLMENT_DATE.plusDays(20),
        analyte,
        new BigDecimal(value),
        unit,
        uln == null ? null : new BigDecimal(uln));
  }
}
