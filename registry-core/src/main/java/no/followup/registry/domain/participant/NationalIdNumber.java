package no.followup.registry.domain.participant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Norway's national identity number (fødselsnummer), validated: 11 digits, a birth date (DDMMYY), a
 * 3-digit individual number that fixes the century, and two check digits. D-numbers add 4 to the
 * first digit of the day, H-numbers add 4 to the first digit of the month, and the tax authority's
 * synthetic test numbers add 8 (month + 80).
 *
 * <p>Check digits: the second is plain mod 11 (weights 5 4 3 2 7 6 5 4 3 2 1 over all 11 digits,
 * sum divisible by 11). For the first, numbers issued from 2032 may carry any of four values: the
 * weighted sum over the first ten digits (weights 3 7 6 1 8 9 4 5 2 1) must leave a remainder of 0,
 * 1, 2 or 3 modulo 11. Numbers issued before 2032 (remainder 0) pass this rule unchanged.
 *
 * <p>The digits never leave this class except to the pseudonymiser: {@link #toString()} is masked,
 * and no message names the number.
 */
public final class NationalIdNumber {

  private static final int[] FIRST_CHECK_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
  private static final int[] SECOND_CHECK_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

  /** Eleven digits not inside a longer run, also written as birth date, space or dash, five. */
  private static final Pattern WRITTEN_IN_TEXT =
      Pattern.compile("(?<!\\d)(\\d{6})[ -]?(\\d{5})(?!\\d)");

  private final String digits;
  private final Kind kind;
  private final LocalDate birthDate;

  private NationalIdNumber(String digits, Kind kind, LocalDate birthDate) {
    this.digits = digits;
    this.kind = kind;
    this.birthDate = birthDate;
  }

  /** Which kind of number it is, read from the day and month digits. */
  public enum Kind {
    FODSELSNUMMER,
    D_NUMBER,
    /** A health institution's help number for a patient without a fødselsnummer or D-number. */
    H_NUMBER,
    /** The tax authority's synthetic test numbers: never a real person. */
    SYNTHETIC
  }

  /**
   * Whether a free text holds a valid national ID number, so that none is ever stored in a reason,
   * a comment or a reference: eleven digits in a row, or six and five apart by a space or a dash.
   */
  public static boolean appearsIn(String text) {
    if (text == null) {
      return false;
    }
    Matcher candidates = WRITTEN_IN_TEXT.matcher(text);
    while (candidates.find()) {
      if (isValid(candidates.group(1) + candidates.group(2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isValid(String digits) {
    try {
      parse(digits);
      return true;
    } catch (InvalidNationalIdNumberException notOne) {
      return false;
    }
  }

  /**
   * Validates and returns the number.
   *
   * @throws InvalidNationalIdNumberException naming the broken rule, never the number
   */
  public static NationalIdNumber parse(String text) {
    if (text == null || text.length() != 11 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidNationalIdNumberException("format", "nationalId must be exactly 11 digits");
    }
    if (!checkDigitsValid(text)) {
      throw new InvalidNationalIdNumberException(
          "check-digit", "nationalId has invalid check digits");
    }
    int dayDigits = number(text, 0);
    int monthDigits = number(text, 2);
    Kind kind = kindOf(dayDigits, monthDigits);
    int day = dayDigits > 40 ? dayDigits - 40 : dayDigits;
    int month =
        switch (kind) {
          case SYNTHETIC -> monthDigits - 80;
          case H_NUMBER -> monthDigits - 40;
          default -> monthDigits;
        };
    LocalDate birthDate =
        century(number(text, 4), Integer.parseInt(text.substring(6, 9)))
            .flatMap(year -> date(year, month, day))
            .orElseThrow(
                () ->
                    new InvalidNationalIdNumberException(
                        "birth-date", "nationalId does not hold a valid birth date"));
    return new NationalIdNumber(text, kind, birthDate);
  }

  /** Synthetic numbers may also be D-numbers (day + 40); an H-number never is. */
  private static Kind kindOf(int dayDigits, int monthDigits) {
    if (monthDigits > 80) {
      return Kind.SYNTHETIC;
    }
    if (dayDigits > 40) {
      return Kind.D_NUMBER;
    }
    return monthDigits > 40 ? Kind.H_NUMBER : Kind.FODSELSNUMMER;
  }

  public Kind kind() {
    return kind;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** The sex the number was issued for: the last digit of the individual number, odd for men. */
  public Sex sex() {
    return (digits.charAt(8) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The digits, for the pseudonymiser only. */
  String digits() {
    return digits;
  }

  static boolean checkDigitsValid(String digits) {
    int firstRemainder = weightedSum(digits, FIRST_CHECK_WEIGHTS) % 11;
    return firstRemainder <= 3 && weightedSum(digits, SECOND_CHECK_WEIGHTS) % 11 == 0;
  }

  private static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  /** The birth year from the two-digit year and the individual number's range. */
  private static Optional<Integer> century(int twoDigitYear, int individual) {
    if (individual <= 499) {
      return Optional.of(1900 + twoDigitYear);
    }
    if (individual <= 749 && twoDigitYear >= 54) {
      return Optional.of(1800 + twoDigitYear);
    }
    if (twoDigitYear <= 39) {
      return Optional.of(2000 + twoDigitYear);
    }
    if (individual >= 900) {
      return Optional.of(1900 + twoDigitYear);
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int number(String text, int at) {
    return Integer.parseInt(text.substring(at, at + 2));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NationalIdNumber that && digits.equals(that.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return "NationalIdNumber[" + kind + ", ***********]";
  }
}
