package no.followup.registry.application.submission;

/**
 * Lets a bulk submission read each participant once and write its records in batches. While a
 * session is open in the current transaction, the stores keep what they read (a participant, their
 * enrolments, an enrolment's records) and queue the inserts of clinical records instead of sending
 * each on its own; a table's queued inserts are sent before the database is asked anything about
 * that table, and all of them at {@link Session#flush()}.
 *
 * <p>Without an open session (single requests) the stores read and write directly.
 */
public interface WorkingSet {

  /** Opens a session for the current transaction, on the current thread, until it is closed. */
  Session open();

  /** An open working set. */
  interface Session extends AutoCloseable {

    /** Sends every queued insert to the database. */
    void flush();

    /**
     * Sends the queued inserts, then forgets what was read: for after a savepoint rolled back
     * writes the kept reads may reflect.
     */
    void forgetReads();

    /** How many inserts have been queued so far: a mark to see whether a step wrote anything. */
    long queued();

    /**
     * How many queued inserts have been sent so far: a step that sent some may have sent earlier
     * steps' records, which a rollback to the step's savepoint would take with it.
     */
    long sent();

    /** Ends the session; inserts still queued are dropped (the caller failed before its flush). */
    @Override
    void close();
  }
}
