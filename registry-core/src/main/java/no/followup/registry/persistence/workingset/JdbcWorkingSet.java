package no.followup.registry.persistence.workingset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import no.followup.registry.application.submission.WorkingSet;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.shared.Versioned;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stores' side of {@link WorkingSet}: kept reads by table and key, and inserts queued by table
 * and statement. Every method works directly on the database when no session is open on this
 * thread, so a store calls them the same way for single requests and bulk submissions.
 */
@Component
public class JdbcWorkingSet implements WorkingSet {

  private final NamedParameterJdbcTemplate jdbc;
  private final ThreadLocal<State> open = new ThreadLocal<>();

  public JdbcWorkingSet(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Session open() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("a working set lives in a transaction");
    }
    if (open.get() != null) {
      throw new IllegalStateException("a working set is already open on this thread");
    }
    State state = new State();
    open.set(state);
    return state;
  }

  /** What {@code load} gives, read once per session for the same table and key. */
  @SuppressWarnings("unchecked")
  public <V> V read(String table, Object key, Supplier<V> load) {
    State state = open.get();
    if (state == null) {
      return load.get();
    }
    Key kept = new Key(table, key);
    if (state.reads.containsKey(kept)) {
      return (V) state.reads.get(kept);
    }
    if (state.awaiting.contains(kept)) {
      state.flush(table);
    }
    V value = load.get();
    state.reads.put(kept, value);
    return value;
  }

  /** An enrolment's records of one table in date order, read once per session. */
  public <T extends EnrolmentRecord> List<Versioned<T>> recordsOf(
      String table, EnrolmentId enrolment, Supplier<List<Versioned<T>>> load) {
    List<Versioned<T>> records = read(table, enrolment, () -> new ArrayList<>(load.get()));
    return List.copyOf(records);
  }

  /**
   * Inserts a new record (version 1): queued in a session, where a kept list of its enrolment's
   * records gains it at once; sent now otherwise.
   */
  public <T extends EnrolmentRecord> void insert(
      String table, T record, String sql, SqlParameterSource values) {
    State state = open.get();
    if (state == null) {
      jdbc.update(sql, values);
      return;
    }
    Key enrolment = new Key(table, record.enrolmentId());
    state.queue(enrolment, sql, values);
    @SuppressWarnings("unchecked")
    List<Versioned<T>> kept = (List<Versioned<T>>) state.reads.get(enrolment);
    if (kept != null) {
      int at = 0;
      while (at < kept.size() && !kept.get(at).record().date().isAfter(record.date())) {
        at++;
      }
      kept.add(at, new Versioned<>(record, 1));
    }
  }

  /** Forgets a kept read that a write outdated. */
  public void forget(String table, Object key) {
    State state = open.get();
    if (state != null) {
      state.reads.remove(new Key(table, key));
    }
  }

  /** Sends a table's queued inserts: before a store reads or changes it by other SQL. */
  public void flush(String table) {
    State state = open.get();
    if (state != null) {
      state.flush(table);
    }
  }

  private record Key(String table, Object key) {}

  private final class State implements Session {

    private final Map<Key, Object> reads = new HashMap<>();

    /** Per table, per statement, the values waiting, in the order they came. */
    private final Map<String, Map<String, List<SqlParameterSource>>> queued = new LinkedHashMap<>();

    /**
     * The table and enrolment of every queued insert: a read of them has to send the table's
     * inserts first; reads of other enrolments need not, so the batches stay long.
     */
    private final Set<Key> awaiting = new HashSet<>();

    private long count;

    private long sent;

    void queue(Key enrolment, String sql, SqlParameterSource values) {
      queued
          .computeIfAbsent(enrolment.table(), t -> new LinkedHashMap<>())
          .computeIfAbsent(sql, s -> new ArrayList<>())
          .add(values);
      awaiting.add(enrolment);
      count++;
    }

    void flush(String table) {
      Map<String, List<SqlParameterSource>> statements = queued.remove(table);
      if (statements == null) {
        return;
      }
      awaiting.removeIf(key -> key.table().equals(table));
      statements.forEach(
          (sql, values) -> {
            sent += values.size();
            int[] rows = jdbc.batchUpdate(sql, values.toArray(SqlParameterSource[]::new));
            for (int inserted : rows) {
              // A record whose insert stored no row must never be acknowledged. (Rewritten
              // multi-row batches answer SUCCESS_NO_INFO; their failures throw.)
              if (inserted == 0) {
                throw new IncorrectUpdateSemanticsDataAccessException(
                    "a queued insert into " + table + " stored no row");
              }
            }
          });
    }

    @Override
    public void flush() {
      for (String table : List.copyOf(queued.keySet())) {
        flush(table);
      }
    }

    @Override
    public void forgetReads() {
      flush();
      reads.clear();
    }

    @Override
    public long queued() {
      return count;
    }

    @Override
    public long sent() {
      return sent;
    }

    @Override
    public void close() {
      open.remove();
    }
  }
}
