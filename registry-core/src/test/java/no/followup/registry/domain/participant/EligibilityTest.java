package no.followup.registry.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.followup.registry.domain.shared.Violations;
import org.junit.jupiter.api.Test;

class EligibilityTest {

  private static Eligibility facts(
      Integer trials, Boolean checked, Integer systolic, Integer diastolic) {
    return new Eligibility(
        trials,
        false,
        Eligibility.SubstanceUse.NONE,
        true,
        false,
        true,
        checked,
        systolic,
        diastolic);
  }

  private static List<String> rules(Eligibility facts) {
    return facts.check(new Violations()).all().stream()
        .map(v -> v.field() + ":" + v.rule())
        .toList();
  }

  @Test
  void a_complete_pre_assessment_within_its_limits_passes() {
    assertThat(rules(facts(0, true, 260, 30))).isEmpty();
    assertThat(rules(facts(30, true, 61, 60))).isEmpty();
  }

  @Test
  void every_fact_is_required_once_the_pre_assessment_is_given() {
    assertThat(rules(new Eligibility(null, null, null, null, null, null, null, null, null)))
        .containsExactly(
            "eligibility.antidepressantTrials:required",
            "eligibility.priorEct:required",
            "eligibility.substanceUse:required",
            "eligibility.benzodiazepines:required",
            "eligibility.opioids:required",
            "eligibility.otherSedatives:required",
            "eligibility.contraindicationsChecked:required",
            "eligibility.systolic:required",
            "eligibility.diastolic:required");
  }

  @Test
  void counts_and_pressures_out_of_range_systolic_not_above_diastolic_and_unchecked_are_refused() {
    assertThat(rules(facts(-1, true, 120, 80)))
        .containsExactly("eligibility.antidepressantTrials:range");
    assertThat(rules(facts(31, true, 120, 80)))
        .containsExactly("eligibility.antidepressantTrials:range");
    assertThat(rules(facts(2, true, 261, 80))).containsExactly("eligibility.systolic:range");
    assertThat(rules(facts(2, true, 120, 29))).containsExactly("eligibility.diastolic:range");
    assertThat(rules(facts(2, true, 80, 80)))
        .containsExactly("eligibility.systolic:above-diastolic");
    assertThat(rules(facts(2, false, 120, 80)))
        .containsExactly("eligibility.contraindicationsChecked:must-be-checked");
  }

  @Test
  void the_sedating_drugs_taken_alongside_are_named() {
    assertThat(facts(2, true, 120, 80).takenAlongside())
        .containsExactly("BENZODIAZEPINES", "OTHER_SEDATIVES");
    assertThat(
            new Eligibility(
                    2, false, Eligibility.SubstanceUse.PAST, false, true, false, true, 120, 80)
                .takenAlongside())
        .containsExactly("OPIOIDS");
  }
}
