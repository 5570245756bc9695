package no.followup.registry.domain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PatientMonthsTest {

  @Test
  void days_are_months_of_30_4375_days_to_one_decimal() {
    assertThat(PatientMonths.of(3421)).isEqualByComparingTo(new BigDecimal("112.4"));
    assertThat(PatientMonths.of(133)).isEqualByComparingTo(new BigDecimal("4.4"));
    assertThat(PatientMonths.of(0)).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void sessions_per_patient_month_to_two_decimals_and_none_without_time() {
    assertThat(PatientMonths.sessionsPerMonth(53, 676))
        .isEqualByComparingTo(new BigDecimal("2.39"));
    assertThat(PatientMonths.sessionsPerMonth(17, 133))
        .isEqualByComparingTo(new BigDecimal("3.89"));
    assertThat(PatientMonths.sessionsPerMonth(0, 0)).isNull();
  }
}
