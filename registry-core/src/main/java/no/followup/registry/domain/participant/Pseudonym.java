package no.followup.registry.domain.participant;

import java.util.regex.Pattern;

/** A participant's registry pseudonym: HMAC-SHA256 of the national ID number, as 64 hex digits. */
public record Pseudonym(String value) {

  private static final Pattern HEX_256 = Pattern.compile("[0-9a-f]{64}");

  public Pseudonym {
    if (value == null || !HEX_256.matcher(value).matches()) {
      throw new IllegalArgumentException("a pseudonym is 64 lower-case hex digits");
    }
  }
}
