package no.followup.registry.domain.participant;

import no.followup.registry.domain.shared.Violations;

/**
 * Rules of every free text a person types about a participant (reasons, answers, references): it
 * has a length limit, and it never holds a national ID number, so none reaches the audit trail.
 */
public final class FreeText {

  /** Reasons for a withdrawal or a correction. */
  public static final int REASON_MAX_LENGTH = 500;

  /** A bulk record's reference, echoed in the receipt. */
  public static final int REFERENCE_MAX_LENGTH = 100;

  private FreeText() {}

  /** Checks a text that is present; whether it is required is the caller's rule. */
  public static Violations check(String field, String text, int maxLength, Violations violations) {
    if (text == null) {
      return violations;
    }
    if (text.length() > maxLength) {
      violations.reject(
          field, "max-length", field + " must be at most " + maxLength + " characters");
    }
    if (NationalIdNumber.appearsIn(text)) {
      violations.reject(field, "no-national-id", field + " must not hold a national ID number");
    }
    return violations;
  }
}
