package no.followup.registry.domain.participant;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a national ID number into the registry pseudonym with a keyed HMAC-SHA256. The key comes
 * from configuration and never reaches the database, so the pseudonyms there cannot be reversed by
 * trying all 11-digit numbers.
 */
public final class Pseudonymiser {

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MIN_KEY_BYTES = 32;

  private final SecretKeySpec key;

  public Pseudonymiser(byte[] key) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the pseudonym key must be at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  public Pseudonym pseudonymOf(NationalIdNumber nationalId) {
    return new Pseudonym(
        HexFormat.of()
            .formatHex(mac().doFinal(nationalId.digits().getBytes(StandardCharsets.US_ASCII))));
  }

  /**
   * A key for another purpose (say, hashing requests), derived from the pseudonym key so that it is
   * as far out of the database's reach, and useless for making pseudonyms.
   */
  public byte[] derivedKey(String purpose) {
    return mac().doFinal(("derived key: " + purpose).getBytes(StandardCharsets.UTF_8));
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "Pseudonymiser[key hidden]";
  }
}
