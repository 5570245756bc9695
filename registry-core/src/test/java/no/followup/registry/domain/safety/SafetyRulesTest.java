package no.followup.registry.domain.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.fixtures.StudyFixture;
import no.followup.registry.domain.lab.Analyte;
import no.followup.registry.domain.lab.LabResult;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.safety.SafetyRules.Finding;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.Route;
import no.followup.registry.domain.treatment.VitalSigns;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every threshold that raises a signal, at, just below and just above its value (the practice
 * thresholds of the domain brief: systolic ≥ 180, diastolic ≥ 110, SpO2 < 92, liver enzymes > 3 ×
 * ULN, MADRS item 10 ≥ 4).
 */
class SafetyRulesTest {

  private static final EnrolmentId ENROLMENT = new EnrolmentId(UUID.randomUUID());
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  /** The rules with this test's thresholds; other tests of the package use them too. */
  static final SafetyRules RULES =
      new SafetyRules(
          new SafetyThresholds(
              180,
              110,
              92,
              new BigDecimal("3"),
              4,
              1,
              new BigDecimal("60"),
              new BigDecimal("1.5"),
              6));

  private final SafetyRules rules = RULES;

  private static List<SignalKind> kinds(List<Finding> findings) {
    return findings.stream().map(Finding::kind).toList();
  }

  @Nested
  class Vital_signs {

    @ParameterizedTest(name = "systolic {0} → signal {1}")
    @CsvSource({"179, false", "180, true", "181, true"})
    void systolic_during_infusion_at_or_above_180(int systolic, boolean signal) {
      List<Finding> findings = rules.of(infusion(vitals(systolic, 90, 96)));

      assertThat(kinds(findings).contains(SignalKind.BLOOD_PRESSURE_HIGH)).isEqualTo(signal);
    }

    @ParameterizedTest(name = "diastolic {0} → signal {1}")
    @CsvSource({"109, false", "110, true", "111, true"})
    void diastolic_during_infusion_at_or_above_110(int diastolic, boolean signal) {
      List<Finding> findings = rules.of(infusion(vitals(150, diastolic, 96)));

      assertThat(kinds(findings).contains(SignalKind.BLOOD_PRESSURE_HIGH)).isEqualTo(signal);
    }

    @ParameterizedTest(name = "SpO2 {0} → signal {1}")
    @CsvSource({"91, true", "92, false", "93, false"})
    void oxygen_saturation_below_92(int spo2, boolean signal) {
      List<Finding> findings = rules.of(infusion(vitals(150, 90, spo2)));

      assertThat(kinds(findings).contains(SignalKind.OXYGEN_SATURATION_LOW)).isEqualTo(signal);
    }

    @Test
    void both_pressures_high_raise_one_signal_that_says_what_was_seen() {
      List<Finding> findings = rules.of(infusion(vitals(190, 115, 96)));

      assertThat(findings)
          .containsExactly(
              new Finding(
                  SignalKind.BLOOD_PRESSURE_HIGH, "blood pressure 190/115 during infusion"));
    }

    @Test
    void low_saturation_says_how_low() {
      assertThat(rules.of(infusion(vitals(150, 90, 88))))
          .containsExactly(
              new Finding(SignalKind.OXYGEN_SATURATION_LOW, "SpO2 down to 88 % during infusion"));
    }

    @Test
    void high_pressure_and_low_saturation_raise_both() {
      assertThat(kinds(rules.of(infusion(vitals(185, 90, 90)))))
          .containsExactly(SignalKind.BLOOD_PRESSURE_HIGH, SignalKind.OXYGEN_SATURATION_LOW);
    }

    @Test
    void missing_vital_signs_raise_nothing() {
      assertThat(rules.of(infusion(null))).isEmpty();
      assertThat(rules.of(infusion(VitalSigns.none()))).isEmpty();
    }

    @Test
    void a_missing_systolic_does_not_hide_a_high_diastolic() {
      VitalSigns onlyDiastolic = new VitalSigns(null, null, null, 112, null, null, null, null);

      assertThat(kinds(rules.of(infusion(onlyDiastolic))))
          .containsExactly(SignalKind.BLOOD_PRESSURE_HIGH);
    }

    @Test
    void a_missing_diastolic_does_not_hide_a_high_systolic() {
      VitalSigns onlySystolic = new VitalSigns(null, null, 182, null, null, null, null, null);

      assertThat(kinds(rules.of(infusion(onlySystolic))))
          .containsExactly(SignalKind.BLOOD_PRESSURE_HIGH);
    }

    @Test
    void thresholds_come_from_the_settings() {
      SafetyRules stricter =
          new SafetyRules(
              new SafetyThresholds(
                  160,
                  100,
                  95,
                  new BigDecimal("2"),
                  3,
                  2,
                  new BigDecimal("45"),
                  new BigDecimal("2"),
                  9));

      assertThat(kinds(stricter.of(infusion(vitals(160, 90, 94)))))
          .containsExactly(SignalKind.BLOOD_PRESSURE_HIGH, SignalKind.OXYGEN_SATURATION_LOW);
      assertThat(stricter.of(phq9(1))).as("PHQ-9 item 9 from 2").isEmpty();
      assertThat(stricter.of(lab(Analyte.EGFR, "50", null))).as("eGFR below 45").isEmpty();
      assertThat(stricter.of(lab(Analyte.CREATININE, "190", "100"))).as("above 2 x").isEmpty();
    }
  }

  @Nested
  class Liver_values {

    @ParameterizedTest(name = "{0} at {1} with ULN 40 → signal {2}")
    @CsvSource({
      "ALT, 119.99, false",
      "ALT, 120, false",
      "ALT, 120.000, false",
      "ALT, 120.01, true",
      "ALT, 121, true",
      "AST, 121, true",
      "GGT, 121, true",
      "ALP, 121, true",
      "BILIRUBIN, 121, true",
      "CREATININE, 500, false",
      "EGFR, 500, false"
    })
    void liver_enzymes_above_three_times_the_upper_normal_limit(
        Analyte analyte, String value, boolean signal) {
      List<Finding> findings = rules.of(lab(analyte, value, "40"));

      assertThat(kinds(findings).contains(SignalKind.LIVER_ENZYMES_HIGH)).isEqualTo(signal);
    }

    @Test
    void the_signal_says_the_multiple() {
      assertThat(rules.of(lab(Analyte.GGT, "200", "50")))
          .containsExactly(
              new Finding(SignalKind.LIVER_ENZYMES_HIGH, "GGT at 4.00 x upper normal limit"));
    }

    @Test
    void a_value_just_above_the_limit_signals_though_its_rounded_multiple_reads_three() {
      assertThat(rules.of(lab(Analyte.ALT, "120.1", "40")))
          .containsExactly(
              new Finding(SignalKind.LIVER_ENZYMES_HIGH, "ALT at 3.00 x upper normal limit"));
    }

    @Test
    void no_upper_normal_limit_no_signal() {
      assertThat(rules.of(lab(Analyte.ALT, "900", null))).isEmpty();
    }
  }

  @Nested
  class Kidney_function {

    @ParameterizedTest(name = "eGFR {0} → signal {1}")
    @CsvSource({"59.99, true", "30, true", "60, false", "60.00, false", "90, false"})
    void egfr_below_60(String value, boolean signal) {
      List<Finding> findings = rules.of(lab(Analyte.EGFR, value, null));

      assertThat(kinds(findings).contains(SignalKind.KIDNEY_FUNCTION_REDUCED)).isEqualTo(signal);
    }

    @ParameterizedTest(name = "creatinine {0} with ULN 100 → signal {1}")
    @CsvSource({"150, false", "150.00, false", "150.01, true", "400, true"})
    void creatinine_above_one_and_a_half_times_the_upper_normal_limit(
        String value, boolean signal) {
      List<Finding> findings = rules.of(lab(Analyte.CREATININE, value, "100"));

      assertThat(kinds(findings).contains(SignalKind.KIDNEY_FUNCTION_REDUCED)).isEqualTo(signal);
    }

    @Test
    void the_signal_says_the_value_or_the_multiple() {
      assertThat(rules.of(lab(Analyte.EGFR, "52", null)))
          .containsExactly(
              new Finding(SignalKind.KIDNEY_FUNCTION_REDUCED, "eGFR 52 mL/min/1.73m2"));
      assertThat(rules.of(lab(Analyte.CREATININE, "162", "100")))
          .containsExactly(
              new Finding(
                  SignalKind.KIDNEY_FUNCTION_REDUCED, "CREATININE at 1.62 x upper normal limit"));
    }

    @Test
    void creatinine_without_its_upper_normal_limit_and_other_analytes_raise_no_kidney_signal() {
      assertThat(rules.of(lab(Analyte.CREATININE, "900", null))).isEmpty();
      assertThat(kinds(rules.of(lab(Analyte.ALT, "30", "40"))))
          .doesNotContain(SignalKind.KIDNEY_FUNCTION_REDUCED);
      assertThat(rules.of(lab(Analyte.URINE_PROTEIN, "2", null))).isEmpty();
    }
  }

  @Nested
  class Urine {

    @ParameterizedTest(name = "erythrocytes grade {0} → signal {1}")
    @CsvSource({"0, false", "1, true", "3, true"})
    void blood_in_urine_at_any_positive_grade(String grade, boolean signal) {
      List<Finding> findings = rules.of(lab(Analyte.URINE_ERYTHROCYTES, grade, null));

      assertThat(kinds(findings).contains(SignalKind.URINARY_SYMPTOMS)).isEqualTo(signal);
    }

    @Test
    void the_signal_says_the_grade() {
      assertThat(rules.of(lab(Analyte.URINE_ERYTHROCYTES, "2", null)))
          .containsExactly(new Finding(SignalKind.URINARY_SYMPTOMS, "blood in urine (grade 2)"));
    }

    @ParameterizedTest
    @EnumSource(
        value = Analyte.class,
        names = {"URINE_LEUKOCYTES", "URINE_PROTEIN"})
    void other_urine_findings_raise_nothing(Analyte analyte) {
      assertThat(rules.of(lab(analyte, "3", null))).isEmpty();
    }

    @ParameterizedTest(name = "cytology class {0} → signal {1}")
    @CsvSource({"0, false", "1, true", "3, true"})
    void urine_cytology_atypical_or_worse(String cytologyClass, boolean signal) {
      assertThat(rules.of(lab(Analyte.URINE_CYTOLOGY, cytologyClass, null)))
          .isEqualTo(
              signal
                  ? List.of(
                      new Finding(
                          SignalKind.URINARY_SYMPTOMS,
                          "urine cytology class " + cytologyClass + " (atypical or worse)"))
                  : List.of());
    }

    @ParameterizedTest(name = "urinary questionnaire {0} → signal {1}")
    @CsvSource({
      "0 0 0 0 0 0, false",
      "1 1 1 1 1 0, false",
      "1 1 1 1 1 1, true",
      "3 0 0 0 0 3, true"
    })
    void the_urinary_questionnaire_at_its_threshold(String items, boolean signal) {
      List<Integer> scores = Arrays.stream(items.split(" ")).map(Integer::valueOf).toList();
      Assessment urinary =
          new Assessment(UUID.randomUUID(), ENROLMENT, DAY, "MONTH_3", "URINARY", null, scores);

      assertThat(kinds(rules.of(urinary)).contains(SignalKind.URINARY_SYMPTOMS)).isEqualTo(signal);
    }

    @Test
    void the_urinary_signal_says_the_score() {
      Assessment urinary =
          new Assessment(
              UUID.randomUUID(),
              ENROLMENT,
              DAY,
              "MONTH_3",
              "URINARY",
              7,
              List.of(2, 2, 1, 1, 1, 0));

      assertThat(rules.of(urinary))
          .containsExactly(
              new Finding(
                  SignalKind.URINARY_SYMPTOMS, "urinary symptom questionnaire scored 7 of 18"));
    }
  }

  @Nested
  class Suicidal_thoughts {

    @ParameterizedTest(name = "MADRS item 10 = {0} → signal {1}")
    @CsvSource({"3, false", "4, true", "5, true", "6, true"})
    void madrs_item_10_at_or_above_4(int item10, boolean signal) {
      List<Finding> findings = rules.of(madrs(item10));

      assertThat(kinds(findings).contains(SignalKind.SUICIDAL_THOUGHTS)).isEqualTo(signal);
    }

    @Test
    void the_signal_says_the_score() {
      assertThat(rules.of(madrs(5)))
          .containsExactly(
              new Finding(
                  SignalKind.SUICIDAL_THOUGHTS, "MADRS item 10 (suicidal thoughts) scored 5"));
    }

    @ParameterizedTest(name = "PHQ-9 item 9 = {0} → signal {1}")
    @CsvSource({"0, false", "1, true", "2, true", "3, true"})
    void phq9_item_9_at_or_above_1(int item9, boolean signal) {
      List<Finding> findings = rules.of(phq9(item9));

      assertThat(kinds(findings).contains(SignalKind.SUICIDAL_THOUGHTS)).isEqualTo(signal);
    }

    @Test
    void the_phq9_signal_says_the_item_and_the_score() {
      assertThat(rules.of(phq9(2)))
          .containsExactly(
              new Finding(
                  SignalKind.SUICIDAL_THOUGHTS,
                  "PHQ-9 item 9 (thoughts of death or self-harm) scored 2"));
    }

    @Test
    void a_madrs_item_9_or_a_phq9_item_10_is_not_read_as_the_other_instruments_item() {
      // MADRS item 9 is pessimistic thoughts; a PHQ-9 has no item 10.
      List<Integer> madrsWithHighItem9 = List.of(0, 0, 0, 0, 0, 0, 0, 0, 6, 0);
      assertThat(
              rules.of(
                  new Assessment(
                      UUID.randomUUID(),
                      ENROLMENT,
                      DAY,
                      "BASELINE",
                      "MADRS",
                      6,
                      madrsWithHighItem9)))
          .isEmpty();
      assertThat(
              rules.of(
                  new Assessment(
                      UUID.randomUUID(),
                      ENROLMENT,
                      DAY,
                      "BASELINE",
                      "PHQ9",
                      0,
                      List.of(0, 0, 0, 0, 0, 0, 0, 0, 0))))
          .isEmpty();
    }

    @Test
    void a_total_without_items_raises_nothing() {
      Assessment totalOnly =
          new Assessment(UUID.randomUUID(), ENROLMENT, DAY, "BASELINE", "MADRS", 40, List.of());

      assertThat(rules.of(totalOnly)).isEmpty();
    }
  }

  /** The terms and the signals they raise are the study's (StudyFixture, as migration V41). */
  @Nested
  class Adverse_events {

    private final StudyDefinition study = StudyFixture.ketamineTrd();

    private List<Finding> of(String term, int grade, Boolean serious) {
      return rules.of(
          event(term, grade, serious),
          term == null ? null : study.adverseEventTerm(term).orElseThrow());
    }

    @Test
    void a_serious_event_raises_a_serious_signal_with_its_grade() {
      assertThat(of("HEADACHE", 3, true))
          .containsExactly(
              new Finding(SignalKind.SERIOUS_ADVERSE_EVENT, "serious HEADACHE, grade 3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CYSTITIS", "HAEMATURIA", "PAINFUL_URINATION", "FREQUENT_URINATION"})
    void urinary_terms_raise_a_urinary_signal(String term) {
      assertThat(of(term, 2, false))
          .containsExactly(new Finding(SignalKind.URINARY_SYMPTOMS, term + " reported"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CRAVING", "MISUSE"})
    void craving_and_misuse_raise_a_misuse_signal(String term) {
      assertThat(of(term, 1, false))
          .containsExactly(new Finding(SignalKind.MISUSE_OR_CRAVING, term + " reported"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PSYCHOSIS", "LIVER_ENZYMES_INCREASED", "ARRHYTHMIA", "SUICIDALITY"})
    void other_special_interest_terms_raise_a_special_interest_signal(String term) {
      assertThat(of(term, 2, false))
          .containsExactly(new Finding(SignalKind.SPECIAL_INTEREST_EVENT, term + " reported"));
    }

    @Test
    void a_serious_special_interest_event_raises_both() {
      assertThat(kinds(of("CYSTITIS", 4, true)))
          .containsExactly(SignalKind.SERIOUS_ADVERSE_EVENT, SignalKind.URINARY_SYMPTOMS);
    }

    @Test
    void a_common_non_serious_event_raises_nothing() {
      assertThat(of("NAUSEA", 1, false)).isEmpty();
      assertThat(of("NAUSEA", 1, null)).isEmpty();
    }

    @Test
    void an_event_without_term_raises_only_what_seriousness_says() {
      assertThat(of(null, 1, false)).isEmpty();
      assertThat(kinds(of(null, 3, true))).containsExactly(SignalKind.SERIOUS_ADVERSE_EVENT);
    }
  }

  private static VitalSigns vitals(int systolicMax, int diastolicMax, int spo2Min) {
    return new VitalSigns(130, 80, systolicMax, diastolicMax, 130, 80, 90, spo2Min);
  }

  private static Infusion infusion(VitalSigns vitals) {
    return new Infusion(
        UUID.randomUUID(),
        ENROLMENT,
        DAY,
        Drug.RACEMIC_KETAMINE,
        Route.INTRAVENOUS,
        new BigDecimal("0.5"),
        null,
        new BigDecimal("70"),
        40,
        vitals,
        null);
  }

  private static LabResult lab(Analyte analyte, String value, String upperNormalLimit) {
    return new LabResult(
        UUID.randomUUID(),
        ENROLMENT,
        DAY,
        analyte,
        new BigDecimal(value),
        analyte.unit(),
        upperNormalLimit == null ? null : new BigDecimal(upperNormalLimit));
  }

  private static Assessment madrs(int item10) {
    List<Integer> items = new ArrayList<>(Collections.nCopies(9, 2));
    items.add(item10);
    return new Assessment(UUID.randomUUID(), ENROLMENT, DAY, "BASELINE", "MADRS", null, items);
  }

  /** A PHQ-9 with every item 0 but item 9. */
  private static Assessment phq9(int item9) {
    List<Integer> items = new ArrayList<>(Collections.nCopies(9, 0));
    items.set(8, item9);
    return new Assessment(UUID.randomUUID(), ENROLMENT, DAY, "BASELINE", "PHQ9", item9, items);
  }

  private static AdverseEvent event(String term, int grade, Boolean serious) {
    return new AdverseEvent(
        UUID.randomUUID(),
        ENROLMENT,
        DAY,
        term,
        grade,
        serious,
        Relatedness.POSSIBLE,
        ActionTaken.NONE,
        AdverseEventOutcome.RECOVERED);
  }
}
