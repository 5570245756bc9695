package no.followup.registry.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.cohort.NationalIdNumbers.Variant;

class NationalIdNumberProperties {

  @Property(tries = 2_000)
  void every_valid_number_of_every_variant_passes(@ForAll("validNumbers") ValidNumber number) {
    NationalIdNumber parsed = NationalIdNumber.parse(number.digits());

    assertThat(parsed.birthDate()).isEqualTo(number.birthDate());
    assertThat(parsed.kind()).isEqualTo(expectedKind(number.variant()));
  }

  @Property(tries = 2_000)
  void every_single_digit_change_fails(
      @ForAll("validNumbers") ValidNumber number,
      @ForAll @IntRange(min = 0, max = 10) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    char[] digits = number.digits().toCharArray();
    digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

    assertThatThrownBy(() -> NationalIdNumber.parse(new String(digits)))
        .isInstanceOf(InvalidNationalIdNumberException.class);
  }

  @Property(tries = 2_000)
  void every_transposition_of_two_different_adjacent_digits_fails(
      @ForAll("validNumbers") ValidNumber number,
      @ForAll @IntRange(min = 0, max = 9) int position) {
    char[] digits = number.digits().toCharArray();
    Assume.that(digits[position] != digits[position + 1]);
    char swapped = digits[position];
    digits[position] = digits[position + 1];
    digits[position + 1] = swapped;

    assertThatThrownBy(() -> NationalIdNumber.parse(new String(digits)))
        .isInstanceOf(InvalidNationalIdNumberException.class);
  }

  @Property
  void no_error_message_and_no_string_form_holds_the_digits(
      @ForAll("validNumbers") ValidNumber number) {
    String broken =
        number.digits().substring(0, 10)
            + (char) ('0' + (number.digits().charAt(10) - '0' + 1) % 10);

    assertThat(NationalIdNumber.parse(number.digits()).toString())
        .doesNotContain(number.digits().substring(0, 6));
    assertThatThrownBy(() -> NationalIdNumber.parse(broken))
        .message()
        .doesNotContain(broken.substring(0, 6));
  }

  @Provide
  Arbitrary<ValidNumber> validNumbers() {
    Arbitrary<LocalDate> birthDates =
        Arbitraries.integers()
            .between(
                0,
                (int)
                    (LocalDate.of(2039, 12, 31).toEpochDay()
                        - LocalDate.of(1854, 1, 1).toEpochDay()))
            .map(days -> LocalDate.of(1854, 1, 1).plusDays(days));
    return Combinators.combine(
            birthDates,
            Arbitraries.integers().between(0, 999),
            Arbitraries.of(Variant.class),
            Arbitraries.integers().between(0, 3))
        .as(
            (birthDate, seed, variant, remainder) -> {
              String digits =
                  NationalIdNumbers.build(
                      birthDate,
                      NationalIdNumbers.individualFor(birthDate.getYear(), seed),
                      variant,
                      remainder);
              return digits == null ? null : new ValidNumber(digits, birthDate, variant);
            })
        .filter(number -> number != null);
  }

  private static NationalIdNumber.Kind expectedKind(Variant variant) {
    return switch (variant) {
      case FODSELSNUMMER -> NationalIdNumber.Kind.FODSELSNUMMER;
      case D_NUMBER -> NationalIdNumber.Kind.D_NUMBER;
      case H_NUMBER -> NationalIdNumber.Kind.H_NUMBER;
      case SYNTHETIC, SYNTHETIC_D_NUMBER -> NationalIdNumber.Kind.SYNTHETIC;
    };
  }

  record ValidNumber(String digits, LocalDate birthDate, Variant variant) {
    @Override
    public String toString() {
      // jqwik prints failing samples; these are synthetic, but keep the habit of not printing IDs
      // whole.
      return variant + " born " + birthDate + " ending " + digits.substring(6);
    }
  }
}
