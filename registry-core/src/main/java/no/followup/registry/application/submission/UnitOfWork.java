package no.followup.registry.application.submission;

import java.util.function.Supplier;
import no.followup.registry.application.audit.AuditRecorder;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionStatus;

/**
 * What a submission has written in its transaction, marked and taken back together: the rows in the
 * database (to a savepoint), the audit rows that wait for the commit, and in a batched run the
 * inserts the working set still queues and the reads it keeps.
 */
final class UnitOfWork {

  private final TransactionStatus transaction;
  private final AuditRecorder audit;
  private final WorkingSet workingSet;
  private WorkingSet.Session batch;

  UnitOfWork(TransactionStatus transaction, AuditRecorder audit, WorkingSet workingSet) {
    this.transaction = transaction;
    this.audit = audit;
    this.workingSet = workingSet;
  }

  /**
   * A point to come back to. Without a savepoint it only tells whether anything was written since
   * ({@link #wroteSince}); with one, {@link #rollbackTo} takes everything since back.
   */
  record Mark(Object savepoint, int auditRows, long queuedInserts, long sentInserts) {}

  /** A batched run may not be taken back record by record: run the submission anew. */
  static final class BatchBroken extends RuntimeException {
    BatchBroken(Throwable cause) {
      super(cause);
    }
  }

  /**
   * Runs {@code work} with the working set open: reads are kept and clinical inserts queued until
   * the end, when every one is sent. A database error on the way breaks the batch.
   */
  <T> T batched(Supplier<T> work) {
    try (WorkingSet.Session session = workingSet.open()) {
      batch = session;
      T result = work.get();
      session.flush();
      return result;
    } catch (DataAccessException e) {
      throw new BatchBroken(e);
    } finally {
      batch = null;
    }
  }

  Mark position() {
    return new Mark(null, audit.pending(), queued(), sent());
  }

  Mark savepoint() {
    return new Mark(transaction.createSavepoint(), audit.pending(), queued(), sent());
  }

  boolean wroteSince(Mark mark) {
    return audit.pending() != mark.auditRows() || queued() != mark.queuedInserts();
  }

  /**
   * Takes back everything written since the mark. Queued inserts are not in the database, so a
   * rollback cannot reach them: should any have been queued since the mark (they would survive it),
   * or sent since (earlier records' rows would go with it), the batch is broken instead.
   */
  void rollbackTo(Mark mark) {
    if (queued() != mark.queuedInserts() || sent() != mark.sentInserts()) {
      throw new BatchBroken(new IllegalStateException("queued inserts moved after a savepoint"));
    }
    transaction.rollbackToSavepoint(mark.savepoint());
    // Done with: a submission of thousands of enrolments must not keep thousands of savepoints.
    transaction.releaseSavepoint(mark.savepoint());
    audit.discardFrom(mark.auditRows());
    if (batch != null) {
      // The kept reads may describe the writes just taken back.
      batch.forgetReads();
    }
  }

  void release(Mark mark) {
    transaction.releaseSavepoint(mark.savepoint());
  }

  private long queued() {
    return batch == null ? 0 : batch.queued();
  }

  private long sent() {
    return batch == null ? 0 : batch.sent();
  }
}
