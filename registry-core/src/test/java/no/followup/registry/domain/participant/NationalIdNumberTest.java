package no.followup.registry.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.cohort.NationalIdNumbers.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "1234567890", "123456789012", "1234567890a", "12345 67890"})
  void refuses_anything_but_eleven_digits(String text) {
    assertThatThrownBy(() -> NationalIdNumber.parse(text))
        .isInstanceOf(InvalidNationalIdNumberException.class)
        .hasMessage("nationalId must be exactly 11 digits");
  }

  @Test
  void refuses_null() {
    assertThatThrownBy(() -> NationalIdNumber.parse(null))
        .isInstanceOf(InvalidNationalIdNumberException.class);
  }

  @Test
  void reads_the_century_from_the_individual_number() {
    assertThat(parse(LocalDate.of(1955, 3, 1), 123).birthDate())
        .isEqualTo(LocalDate.of(1955, 3, 1));
    assertThat(parse(LocalDate.of(1899, 3, 1), 612).birthDate())
        .isEqualTo(LocalDate.of(1899, 3, 1));
    assertThat(parse(LocalDate.of(2005, 3, 1), 512).birthDate())
        .isEqualTo(LocalDate.of(2005, 3, 1));
    assertThat(parse(LocalDate.of(1945, 3, 1), 912).birthDate())
        .isEqualTo(LocalDate.of(1945, 3, 1));
  }

  @Test
  void refuses_an_individual_number_that_fits_no_century() {
    // 500-749 with a year of 40-53 has never been issued.
    String digits = firstValid(LocalDate.of(1945, 6, 15), 600, Variant.FODSELSNUMMER);

    assertThatThrownBy(() -> NationalIdNumber.parse(digits))
        .isInstanceOf(InvalidNationalIdNumberException.class)
        .hasMessage("nationalId does not hold a valid birth date");
  }

  @Test
  void refuses_the_29th_of_february_outside_leap_years() {
    // 29 February 1997, individual number 100, with check digits that are right for those digits.
    String notLeap = withCheckDigits("290297100");

    assertThat(
            NationalIdNumber.parse(
                    firstValid(LocalDate.of(1996, 2, 29), 100, Variant.FODSELSNUMMER))
                .birthDate())
        .isEqualTo(LocalDate.of(1996, 2, 29));
    assertThatThrownBy(() -> NationalIdNumber.parse(notLeap))
        .isInstanceOf(InvalidNationalIdNumberException.class)
        .hasMessage("nationalId does not hold a valid birth date");
  }

  @Test
  void accepts_every_first_check_digit_the_2032_rule_allows() {
    LocalDate birth = LocalDate.of(2034, 7, 3);
    int accepted = 0;
    for (int remainder = 0; remainder <= 3; remainder++) {
      String digits = NationalIdNumbers.build(birth, 501, Variant.FODSELSNUMMER, remainder);
      if (digits != null) {
        assertThat(NationalIdNumber.parse(digits).birthDate()).isEqualTo(birth);
        accepted++;
      }
    }
    assertThat(accepted).isGreaterThanOrEqualTo(2);
  }

  @Test
  void tells_the_kinds_apart() {
    LocalDate birth = LocalDate.of(1980, 11, 24);
    assertThat(NationalIdNumber.parse(firstValid(birth, 100, Variant.D_NUMBER)).kind())
        .isEqualTo(NationalIdNumber.Kind.D_NUMBER);
    assertThat(NationalIdNumber.parse(firstValid(birth, 100, Variant.H_NUMBER)).kind())
        .isEqualTo(NationalIdNumber.Kind.H_NUMBER);
    assertThat(NationalIdNumber.parse(firstValid(birth, 100, Variant.SYNTHETIC)).kind())
        .isEqualTo(NationalIdNumber.Kind.SYNTHETIC);
    assertThat(NationalIdNumber.parse(firstValid(birth, 100, Variant.FODSELSNUMMER)).kind())
        .isEqualTo(NationalIdNumber.Kind.FODSELSNUMMER);
  }

  private static NationalIdNumber parse(LocalDate birthDate, int individual) {
    return NationalIdNumber.parse(firstValid(birthDate, individual, Variant.FODSELSNUMMER));
  }

  /** The first individual number from {@code individual} up for which check digits exist. */
  private static String firstValid(LocalDate birthDate, int individual, Variant variant) {
    for (int i = individual; ; i++) {
      String digits = NationalIdNumbers.build(birthDate, i, variant, 0);
      if (digits != null) {
        return digits;
      }
    }
  }

  /**
   * Adds correct check digits (2032 rule, any remainder) to nine digits, whatever date they hold.
   */
  private static String withCheckDigits(String first9) {
    int[] k1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    int[] k2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    for (int c1 = 0; c1 <= 9; c1++) {
      String first10 = first9 + c1;
      int sum1 = c1;
      for (int i = 0; i < 9; i++) {
        sum1 += (first9.charAt(i) - '0') * k1[i];
      }
      int sum2 = 0;
      for (int i = 0; i < 10; i++) {
        sum2 += (first10.charAt(i) - '0') * k2[i];
      }
      int c2 = Math.floorMod(-sum2, 11);
      if (sum1 % 11 <= 3 && c2 < 10) {
        return first10 + c2;
      }
    }
    throw new AssertionError("no check digits for " + first9.length() + " digits");
  }
}
