package no.followup.registry.application.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The append-only audit trail. */
public interface AuditTrail {

  /**
   * Appends the entries in the caller's transaction, each chained to the one before in its site's
   * chain. The chain's head is locked once for the whole list.
   */
  void append(List<AuditEntry> entries);

  /**
   * The head of every chain: its last sequence number and hash, kept beside the rows; a chain with
   * rows whose head is gone comes with {@link ChainHead#MISSING}.
   */
  List<ChainHead> heads();

  /** The stored hash of one row, if the row is there. */
  Optional<byte[]> hashAt(String chainKey, long seq);

  /** Streams one chain in sequence order, without loading it whole. */
  void forEachInChain(String chainKey, Consumer<AuditRecord> consumer);

  /** Rows matching the query, newest first. */
  List<AuditRecord> search(AuditQuery query, int offset, int limit);

  long count(AuditQuery query);

  /** Where a chain ends. A row removed from the end shows up as a head that no row reaches. */
  record ChainHead(String chainKey, long lastSeq, byte[] lastHash) {

    /** The sequence number of a head that is not there. */
    public static final long MISSING = -1;
  }
}
