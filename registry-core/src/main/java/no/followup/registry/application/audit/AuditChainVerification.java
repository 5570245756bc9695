package no.followup.registry.application.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Recomputes every hash of every chain and reports the first row whose content or link does not
 * match: that row, or the one before it, was altered outside the application.
 */
public final class AuditChainVerification {

  private final AuditTrail trail;

  public AuditChainVerification(AuditTrail trail) {
    this.trail = trail;
  }

  /** The outcome: how many rows were checked, and the first broken row if any. */
  public record Result(long rowsChecked, Optional<BrokenRow> firstBroken) {
    public boolean intact() {
      return firstBroken.isEmpty();
    }
  }

  /** Where a chain breaks. */
  public record BrokenRow(String chainKey, long seq, String problem) {}

  public Result verify() {
    long checked = 0;
    for (AuditTrail.ChainHead head : trail.heads()) {
      ChainWalk walk = new ChainWalk(head.chainKey());
      trail.forEachInChain(head.chainKey(), walk::check);
      walk.checkEndsAt(head);
      checked += walk.rows;
      if (walk.broken != null) {
        return new Result(checked, Optional.of(walk.broken));
      }
    }
    return new Result(checked, Optional.empty());
  }

  private static final class ChainWalk {
    private final String chainKey;
    private byte[] previous = AuditHash.GENESIS;
    private long expectedSeq = 1;
    private long rows;
    private BrokenRow broken;

    ChainWalk(String chainKey) {
      this.chainKey = chainKey;
    }

    void check(AuditRecord row) {
      if (broken != null) {
        return;
      }
      rows++;
      if (row.seq() != expectedSeq) {
        broken = new BrokenRow(chainKey, row.seq(), "expected sequence " + expectedSeq);
      } else if (!Arrays.equals(row.prevHash(), previous)) {
        broken = new BrokenRow(chainKey, row.seq(), "link to the previous row does not match");
      } else if (!Arrays.equals(
          row.hash(), AuditHash.of(previous, chainKey, row.seq(), row.entry()))) {
        broken = new BrokenRow(chainKey, row.seq(), "content does not match its hash");
      }
      previous = row.hash();
      expectedSeq++;
    }

    void checkEndsAt(AuditTrail.ChainHead head) {
      if (broken == null && head.lastSeq() == AuditTrail.ChainHead.MISSING) {
        broken = new BrokenRow(chainKey, expectedSeq - 1, "the chain's head is missing");
      } else if (broken == null
          && (expectedSeq - 1 != head.lastSeq() || !Arrays.equals(previous, head.lastHash()))) {
        broken =
            new BrokenRow(
                chainKey,
                expectedSeq,
                "rows are missing before the chain's head " + head.lastSeq());
      }
    }
  }
}
