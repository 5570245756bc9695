package no.followup.registry.domain.study;

import java.util.Optional;
import java.util.regex.Pattern;

/** A study's code, such as {@code KETAMINE-TRD}. */
public record StudyCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");

  public StudyCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a study code is 2 to 40 capital letters, digits or dashes");
    }
  }

  public static StudyCode of(String value) {
    return new StudyCode(value);
  }

  /** The code, if the text is one (a path or a parameter may hold anything). */
  public static Optional<StudyCode> parse(String value) {
    return value != null && FORMAT.matcher(value).matches()
        ? Optional.of(new StudyCode(value))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
