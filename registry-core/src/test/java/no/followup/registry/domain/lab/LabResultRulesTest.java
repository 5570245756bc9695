package no.followup.registry.domain.lab;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
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
  void kidney_function_needs_no_upper_normal_limit() {
    assertThat(
            LabResultRules.check(
                    result(Analyte.EGFR, "85", "mL/min/1.73m2", null), enrolment, TODAY)
                .all())
        .isEmpty();
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
