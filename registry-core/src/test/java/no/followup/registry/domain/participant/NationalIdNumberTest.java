package no.followup.registry.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.cohort.NationalIdNumbers.Variant;
import no.followup.registry.domain.shared.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    for (int remainder = 0; remainder <= 3; remainder++) {
      String digits = withFirstCheckRemainder(first9, remainder);
      if (digits != null) {
        return digits;
      }
    }
    throw new AssertionError("no check digits for " + first9.length() + " digits");
  }

  /**
   * Nine digits with a first check digit whose weighted sum leaves {@code remainder} modulo 11 and
   * a correct second check digit; null when no such pair of digits exists.
   */
  private static String withFirstCheckRemainder(String first9, int remainder) {
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
      if (sum1 % 11 == remainder && c2 < 10) {
        return first10 + c2;
      }
    }
    return null;
  }

  /** Each century's individual-number range at both ends, and the years on its borders. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "010155000, 1955-01-01",
    "010155499, 1955-01-01",
    "010100499, 1900-01-01",
    "010199499, 1999-01-01",
    "010154500, 1854-01-01",
    "010154749, 1854-01-01",
    "010199749, 1899-01-01",
    "010100500, 2000-01-01",
    "010139999, 2039-01-01",
    "010139750, 2039-01-01",
    "010140900, 1940-01-01",
    "010199999, 1999-01-01",
    "010154900, 1954-01-01"
  })
  void each_century_at_the_ends_of_its_ranges(String first9, LocalDate birth) {
    assertThat(NationalIdNumber.parse(withCheckDigits(first9)).birthDate()).isEqualTo(birth);
  }

  @ParameterizedTest(name = "{0} fits no century")
  @ValueSource(strings = {"010153500", "010153749", "010140500", "010140899", "010154750"})
  void individual_numbers_outside_every_range_of_their_year(String first9) {
    assertThatThrownBy(() -> NationalIdNumber.parse(withCheckDigits(first9)))
        .isInstanceOf(InvalidNationalIdNumberException.class)
        .hasMessage("nationalId does not hold a valid birth date");
  }

  @ParameterizedTest(name = "{0} is a {1} born {2}")
  @CsvSource({
    "010180123, FODSELSNUMMER, 1980-01-01",
    "311280123, FODSELSNUMMER, 1980-12-31",
    "410180123, D_NUMBER, 1980-01-01",
    "711280123, D_NUMBER, 1980-12-31",
    "014180123, H_NUMBER, 1980-01-01",
    "315280123, H_NUMBER, 1980-12-31",
    "018180123, SYNTHETIC, 1980-01-01",
    "319280123, SYNTHETIC, 1980-12-31",
    "418180123, SYNTHETIC, 1980-01-01"
  })
  void the_kinds_at_the_edges_of_their_day_and_month_digits(
      String first9, NationalIdNumber.Kind kind, LocalDate birth) {
    NationalIdNumber number = NationalIdNumber.parse(withCheckDigits(first9));

    assertThat(number.kind()).isEqualTo(kind);
    assertThat(number.birthDate()).isEqualTo(birth);
  }

  @ParameterizedTest(name = "{0} holds no date")
  @ValueSource(
      strings = {
        "000180123",
        "320180123",
        "400180123",
        "720180123",
        "011380123",
        "014080123",
        "015380123",
        "018080123",
        "019380123",
        "010080123"
      })
  void day_and_month_digits_beyond_every_kind(String first9) {
    assertThatThrownBy(() -> NationalIdNumber.parse(withCheckDigits(first9)))
        .isInstanceOf(InvalidNationalIdNumberException.class)
        .hasMessage("nationalId does not hold a valid birth date");
  }

  @Test
  void refuses_a_first_check_digit_outside_the_four_the_2032_rule_allows() {
    int refused = 0;
    for (int remainder = 4; remainder <= 10; remainder++) {
      String digits = withFirstCheckRemainder("010180123", remainder);
      if (digits != null) {
        assertThatThrownBy(() -> NationalIdNumber.parse(digits))
            .isInstanceOf(InvalidNationalIdNumberException.class)
            .hasMessage("nationalId has invalid check digits");
        refused++;
      }
    }
    assertThat(refused).isGreaterThanOrEqualTo(5);
  }

  @Test
  void refuses_a_wrong_second_check_digit() {
    String valid = withCheckDigits("010180123");
    String wrong = valid.substring(0, 10) + (char) ('0' + (valid.charAt(10) - '0' + 1) % 10);

    assertThatThrownBy(() -> NationalIdNumber.parse(wrong))
        .isInstanceOf(InvalidNationalIdNumberException.class)
        .hasMessage("nationalId has invalid check digits");
  }

  @ParameterizedTest(name = "individual number {0} → {1}")
  @CsvSource({
    "010180120, FEMALE",
    "010180121, MALE",
    "010180128, FEMALE",
    "010180129, MALE",
    "410180124, FEMALE",
    "018180127, MALE"
  })
  void the_sex_is_the_parity_of_the_individual_numbers_last_digit(String first9, Sex sex) {
    assertThat(NationalIdNumber.parse(withCheckDigits(first9)).sex()).isEqualTo(sex);
  }

  @Test
  void characters_next_to_the_digits_are_not_digits() {
    String valid = withCheckDigits("010180129");
    for (char notADigit : new char[] {'/', ':', ' ', 'O'}) {
      String text = notADigit + valid.substring(1);

      assertThatThrownBy(() -> NationalIdNumber.parse(text))
          .isInstanceOf(InvalidNationalIdNumberException.class)
          .hasMessage("nationalId must be exactly 11 digits");
    }
  }

  @Test
  void is_equal_by_its_digits_and_masked_in_its_string_form() {
    String digits = withCheckDigits("010180123");
    NationalIdNumber one = NationalIdNumber.parse(digits);
    NationalIdNumber same = NationalIdNumber.parse(digits);
    NationalIdNumber other = NationalIdNumber.parse(withCheckDigits("020180123"));

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(one).isNotEqualTo(digits);
    assertThat(one.toString())
        .isEqualTo("NationalIdNumber[FODSELSNUMMER, ***********]")
        .doesNotContain(digits.substring(0, 6));
  }

  @Test
  void an_invalid_number_becomes_a_violation_naming_the_rule_and_not_the_number() {
    InvalidNationalIdNumberException invalid =
        catchThrowableOfType(
            InvalidNationalIdNumberException.class, () -> NationalIdNumber.parse("12345678901"));

    assertThat(invalid.rule()).isEqualTo("check-digit");
    assertThat(invalid.asViolation())
        .isEqualTo(
            Violation.rejection(
                "nationalId", "check-digit", "nationalId has invalid check digits"));
  }

  @Nested
  class Found_in_free_text {

    private final String digits = withCheckDigits("010180123");

    @Test
    void eleven_digits_in_a_row() {
      assertThat(NationalIdNumber.appearsIn("moved, new id " + digits + ".")).isTrue();
      assertThat(NationalIdNumber.appearsIn(digits)).isTrue();
    }

    @Test
    void birth_date_and_individual_number_apart() {
      String spaced = digits.substring(0, 6) + " " + digits.substring(6);
      String dashed = digits.substring(0, 6) + "-" + digits.substring(6);

      assertThat(NationalIdNumber.appearsIn("patient " + spaced)).isTrue();
      assertThat(NationalIdNumber.appearsIn(dashed + " asked to stop")).isTrue();
    }

    @Test
    void not_in_numbers_that_are_not_valid_national_ids() {
      String broken = digits.substring(0, 10) + (char) ('0' + (digits.charAt(10) - '0' + 1) % 10);

      assertThat(NationalIdNumber.appearsIn("lab ref " + broken)).isFalse();
      assertThat(NationalIdNumber.appearsIn("1" + digits)).isFalse();
      assertThat(NationalIdNumber.appearsIn(digits + "7")).isFalse();
      assertThat(NationalIdNumber.appearsIn("dose 0.5 mg/kg on 2026-03-02, 40 min")).isFalse();
      assertThat(NationalIdNumber.appearsIn("")).isFalse();
      assertThat(NationalIdNumber.appearsIn(null)).isFalse();
    }

    @Test
    void a_valid_one_after_an_invalid_one() {
      assertThat(NationalIdNumber.appearsIn("12345678901 and " + digits)).isTrue();
    }
  }
}
