package no.followup.registry.domain.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VitalSignsTest {

  @Test
  void none_given_breaks_no_rule() {
    Violations violations = new Violations();

    assertThat(VitalSigns.none().check(violations)).isSameAs(violations);
    assertThat(violations.all()).isEmpty();
  }

  @ParameterizedTest(name = "systolic {0} over diastolic {1} → violation {2}")
  @CsvSource({"81, 80, false", "80, 80, true", "79, 80, true"})
  void systolic_must_be_above_diastolic(int systolic, int diastolic, boolean broken) {
    Violations violations =
        new VitalSigns(systolic, diastolic, 150, 90, 130, 80, null, null).check(new Violations());

    assertThat(violations.rejects()).isEqualTo(broken);
  }

  @Test
  void every_moment_of_the_infusion_is_checked() {
    Violations violations =
        new VitalSigns(80, 80, 90, 90, 70, 70, null, null).check(new Violations());

    assertThat(violations.all())
        .extracting(Violation::field, Violation::rule, Violation::message)
        .containsExactly(
            tuple(
                "vitals.systolicBefore",
                "above-diastolic",
                "vitals.systolicBefore must be above vitals.diastolicBefore"),
            tuple(
                "vitals.systolicMax",
                "above-diastolic",
                "vitals.systolicMax must be above vitals.diastolicMax"),
            tuple(
                "vitals.systolicAfter",
                "above-diastolic",
                "vitals.systolicAfter must be above vitals.diastolicAfter"));
  }

  @Test
  void plausible_ranges_at_their_ends() {
    assertThat(new VitalSigns(300, 20, 50, 20, 300, 200, 250, 50).check(new Violations()).all())
        .isEmpty();
    assertThat(new VitalSigns(301, 19, 49, 19, null, 201, 251, 49).check(new Violations()).all())
        .extracting(Violation::field)
        .containsExactlyInAnyOrder(
            "vitals.systolicBefore",
            "vitals.diastolicBefore",
            "vitals.systolicMax",
            "vitals.diastolicMax",
            "vitals.diastolicAfter",
            "vitals.heartRateMax",
            "vitals.spo2Min");
  }
}
