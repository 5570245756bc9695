package no.followup.registry.domain.participant;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import no.followup.registry.domain.shared.Violations;

/**
 * A site's own name for its patient (a clinic or journal number), shown only to that site. It may
 * never be a national ID number or look like one, valid or not: a reference travels in forms, lists
 * and spreadsheets where a number must not.
 */
public record SiteReference(String value) {

  public static final int MAX_LENGTH = 40;

  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} ._/-]+");

  /** Eleven digits in a row, or six and five apart, as national ID numbers are written. */
  private static final Pattern LIKE_A_NATIONAL_ID = Pattern.compile("\\d{6}[ .-]?\\d{5}");

  public SiteReference {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The reference a site typed, or empty when it typed none; a reference that breaks a rule adds
   * its violation (field {@code siteReference}) and is empty too.
   */
  public static Optional<SiteReference> check(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip();
    if (LIKE_A_NATIONAL_ID.matcher(value).find()) {
      violations.reject(
          "siteReference",
          "looks-like-national-id",
          "a site reference cannot be or look like a national ID number");
    } else if (value.length() > MAX_LENGTH) {
      violations.reject(
          "siteReference",
          "max-length",
          "a site reference has at most " + MAX_LENGTH + " characters");
    } else if (!ALLOWED.matcher(value).matches()) {
      violations.reject(
          "siteReference",
          "format",
          "a site reference holds letters, digits, spaces and . _ / - only");
    } else {
      return Optional.of(new SiteReference(value));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SiteReference[***]";
  }
}
