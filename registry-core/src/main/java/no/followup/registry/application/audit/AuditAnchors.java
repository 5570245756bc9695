package no.followup.registry.application.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.followup.registry.application.audit.AuditChainVerification.BrokenRow;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anchors the audit chains outside the database. The hash chains show a row altered behind the
 * application's back, unless whoever altered it also recomputed every hash after it and the chain
 * head, which the database's owner can. So every day (and on demand) the heads are signed with a
 * key the database never sees and written to the {@link AnchorLog}; verification then checks that
 * every anchored row still has the hash it had when it was anchored.
 */
public final class AuditAnchors {

  private static final String HMAC = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AuditTrail trail;
  private final AnchorLog log;
  private final SecretKeySpec key;

  public AuditAnchors(AuditTrail trail, AnchorLog log, byte[] key) {
    if (key == null || key.length < 32) {
      throw new IllegalArgumentException("the audit anchor key must be at least 32 bytes");
    }
    this.trail = trail;
    this.log = log;
    this.key = new SecretKeySpec(key.clone(), HMAC);
  }

  /** One anchored chain head. */
  public record Head(String chain, long seq, String hash) {}

  /** The signed heads of every chain at one moment, as written to the anchor log. */
  public record Anchor(Instant at, List<Head> heads, String signature) {}

  /** What the latest anchor says about the trail now. */
  public record Check(Optional<Instant> anchoredAt, boolean intact, Optional<BrokenRow> broken) {

    static Check noAnchor() {
      return new Check(Optional.empty(), true, Optional.empty());
    }
  }

  /** Signs the chain heads as they are now and writes the anchor to the log. */
  public Anchor anchor(Instant now) {
    List<Head> heads =
        trail.heads().stream()
            .filter(h -> h.lastSeq() > 0)
            .map(h -> new Head(h.chainKey(), h.lastSeq(), HEX.formatHex(h.lastHash())))
            .toList();
    Anchor anchor = new Anchor(now, heads, sign(now, heads));
    log.append(JSON.writeValueAsString(anchor));
    return anchor;
  }

  /**
   * Checks the trail against the latest anchor: its signature, and for every anchored head the row
   * at that place with the hash it had then. Rows added since are the chain verification's part.
   */
  public Check checkLatest() {
    Optional<String> latest = log.latest();
    if (latest.isEmpty()) {
      return Check.noAnchor();
    }
    Anchor anchor = JSON.readValue(latest.get(), Anchor.class);
    if (!MessageDigest.isEqual(
        anchor.signature().getBytes(StandardCharsets.US_ASCII),
        sign(anchor.at(), anchor.heads()).getBytes(StandardCharsets.US_ASCII))) {
      return new Check(
          Optional.of(anchor.at()),
          false,
          Optional.of(new BrokenRow("anchor", 0, "the anchor's signature does not match")));
    }
    for (Head head : anchor.heads()) {
      Optional<byte[]> now = trail.hashAt(head.chain(), head.seq());
      if (now.isEmpty() || !HEX.formatHex(now.get()).equals(head.hash())) {
        return new Check(
            Optional.of(anchor.at()),
            false,
            Optional.of(
                new BrokenRow(
                    head.chain(),
                    head.seq(),
                    "differs from the anchor of " + anchor.at() + ": rewritten since")));
      }
    }
    return new Check(Optional.of(anchor.at()), true, Optional.empty());
  }

  private String sign(Instant at, List<Head> heads) {
    StringBuilder canonical = new StringBuilder("audit-anchor v1 ").append(at).append('\n');
    heads.forEach(
        h ->
            canonical
                .append(h.chain())
                .append(' ')
                .append(h.seq())
                .append(' ')
                .append(h.hash())
                .append('\n'));
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return HEX.formatHex(mac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
