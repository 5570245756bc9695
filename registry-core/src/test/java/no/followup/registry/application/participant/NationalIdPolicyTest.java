package no.followup.registry.application.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.cohort.NationalIdNumbers.Variant;
import no.followup.registry.domain.participant.NationalIdNumber;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalIdPolicyTest {

  @ParameterizedTest(name = "{0}, test numbers accepted {1} → refused {2}")
  @CsvSource({
    "FODSELSNUMMER, false, false",
    "D_NUMBER, false, false",
    "H_NUMBER, false, true",
    "SYNTHETIC, false, true",
    "H_NUMBER, true, false",
    "SYNTHETIC, true, false"
  })
  void test_numbers_only_where_the_installation_takes_them(
      Variant variant, boolean acceptTestNumbers, boolean refused) {
    NationalIdNumber number = number(variant);

    Violations violations = new NationalIdPolicy(acceptTestNumbers).check(number, new Violations());

    assertThat(violations.rejects()).isEqualTo(refused);
    if (refused) {
      assertThat(violations.all())
          .extracting(Violation::field, Violation::rule)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("nationalId", "no-test-number"));
    }
  }

  private static NationalIdNumber number(Variant variant) {
    for (int individual = 100; ; individual++) {
      String digits = NationalIdNumbers.build(LocalDate.of(1980, 5, 17), individual, variant, 0);
      if (digits != null) {
        return NationalIdNumber.parse(digits);
      }
    }
  }
}
