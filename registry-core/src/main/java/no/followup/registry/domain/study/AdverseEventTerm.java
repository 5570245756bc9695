package no.followup.registry.domain.study;

import java.util.Locale;
import java.util.Objects;

/**
 * An adverse-event term of a study version (study data, like its visits): the code records store
 * and the API sends, its names in bokmål and English, and the safety signal it raises at once, if
 * any.
 *
 * @param raises the signal an event of this term raises when it is reported, or null; a term that
 *     raises one is of special interest
 */
public record AdverseEventTerm(String code, String labelNb, String labelEn, Signal raises) {

  /** The signals a term may raise: the safety rules branch on these, never on a term's code. */
  public enum Signal {
    /** Bladder and urinary-tract harms of prolonged use. */
    URINARY_SYMPTOMS,
    /** Craving and misuse of ketamine. */
    MISUSE_OR_CRAVING,
    /** Any other event of special interest (liver, kidney, psychosis, …). */
    SPECIAL_INTEREST_EVENT
  }

  public AdverseEventTerm {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(labelNb, "labelNb");
    Objects.requireNonNull(labelEn, "labelEn");
  }

  public boolean isSpecialInterest() {
    return raises != null;
  }

  /** Its name in the language asked for: English for English, bokmål otherwise. */
  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? labelEn : labelNb;
  }
}
