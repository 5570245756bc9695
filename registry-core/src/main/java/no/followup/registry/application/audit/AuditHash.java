package no.followup.registry.application.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 over the previous row's hash, the row's place in its chain and every field of the row
 * ({@link AuditField}, in its order). Each field is written with its length first, so no two
 * different rows share the bytes that are hashed.
 */
public final class AuditHash {

  /** The hash the first row of every chain points back to. */
  public static final byte[] GENESIS = new byte[32];

  private AuditHash() {}

  public static byte[] of(byte[] prevHash, String chainKey, long seq, AuditEntry entry) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    bytes.writeBytes(prevHash);
    field(bytes, chainKey);
    field(bytes, Long.toString(seq));
    for (AuditField auditField : AuditField.values()) {
      field(bytes, auditField.text(entry));
    }
    return sha256().digest(bytes.toByteArray());
  }

  private static void field(ByteArrayOutputStream bytes, String value) {
    if (value == null) {
      bytes.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    bytes.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
    bytes.writeBytes(utf8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
