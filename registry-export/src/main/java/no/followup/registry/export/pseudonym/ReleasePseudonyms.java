package no.followup.registry.export.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Pseudonyms of one release: HMAC-SHA256 of the registry's internal id under a key derived from the
 * registry's release key and the release id by HKDF-SHA256 (RFC 5869, Bouncy Castle's; no salt,
 * info {@code release:<id>}). The same participant gets the same pseudonym throughout one release
 * (every sheet links up) and an unrelated one in the next; only the holder of the release key can
 * link them.
 */
public final class ReleasePseudonyms {

  /** 16 bytes: no collision to fear at any registry size, short enough to read. */
  private static final int LENGTH_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";

  private static final int KEY_BYTES = 32;

  private final Mac mac;

  public ReleasePseudonyms(byte[] releaseKey, String releaseId) {
    if (releaseKey.length < 32) {
      throw new IllegalArgumentException("the release key must be at least 32 bytes");
    }
    this.mac = mac(releaseScopedKey(releaseKey, releaseId));
  }

  /** The release pseudonym of an internal id (participant or enrolment). */
  public String of(UUID internalId) {
    byte[] digest = hmac(mac, internalId.toString());
    return HexFormat.of().formatHex(digest, 0, LENGTH_BYTES);
  }

  private static byte[] releaseScopedKey(byte[] releaseKey, String releaseId) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(
        new HKDFParameters(
            releaseKey, null, ("release:" + releaseId).getBytes(StandardCharsets.UTF_8)));
    byte[] key = new byte[KEY_BYTES];
    hkdf.generateBytes(key, 0, KEY_BYTES);
    return key;
  }

  private static byte[] hmac(Mac mac, String value) {
    try {
      Mac copy = (Mac) mac.clone();
      return copy.doFinal(value.getBytes(StandardCharsets.UTF_8));
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("HmacSHA256 can be cloned", e);
    }
  }

  private static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "ReleasePseudonyms[key hidden]";
  }
}
