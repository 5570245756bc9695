package no.followup.registry.persistence.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import no.followup.registry.application.audit.AuditEntry;
import no.followup.registry.application.audit.AuditField;
import no.followup.registry.application.audit.AuditHash;
import no.followup.registry.application.audit.AuditQuery;
import no.followup.registry.application.audit.AuditRecord;
import no.followup.registry.application.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class JdbcAuditTrail implements AuditTrail {

  /** The chain's place, every field of the entry, then the hashes. */
  private static final String INSERT =
      "INSERT INTO audit_event (chain_key, seq, "
          + String.join(", ", AuditField.columns())
          + ", prev_hash, hash) VALUES ("
          + String.join(", ", Collections.nCopies(AuditField.values().length + 4, "?"))
          + ")";

  /** How many transactions of one site can append their audit rows at the same moment. */
  static final int CHAINS_PER_GROUP = 8;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final JdbcTemplate streaming;
  private final TransactionTemplate transaction;
  private final TransactionTemplate createChains;

  JdbcAuditTrail(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.template = template;
    this.streaming = new JdbcTemplate(template.getDataSource());
    // With a fetch size inside a transaction, PostgreSQL streams the chain instead of loading it
    // whole.
    this.streaming.setFetchSize(1_000);
    this.transaction = new TransactionTemplate(transactions);
    this.createChains = new TransactionTemplate(transactions);
    this.createChains.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void append(List<AuditEntry> entries) {
    // Joins the caller's transaction; the head rows stay locked until it commits, so the chain
    // never forks.
    transaction.executeWithoutResult(
        status -> byGroupInLockOrder(entries).forEach(this::appendToChain));
  }

  private static Map<String, List<AuditEntry>> byGroupInLockOrder(List<AuditEntry> entries) {
    Map<String, List<AuditEntry>> chains = new TreeMap<>();
    entries.forEach(
        entry -> chains.computeIfAbsent(entry.chainGroup(), k -> new ArrayList<>()).add(entry));
    return chains;
  }

  private void appendToChain(String group, List<AuditEntry> entries) {
    ChainHead head = lockFreeChain(group);
    String chainKey = head.chainKey();
    long seq = head.lastSeq();
    byte[] previous = head.lastHash();
    List<Object[]> rows = new ArrayList<>(entries.size());
    for (AuditEntry entry : entries) {
      seq++;
      byte[] hash = AuditHash.of(previous, chainKey, seq, entry);
      rows.add(row(chainKey, seq, entry, previous, hash));
      previous = hash;
    }
    // The insert moves the head too: a trigger checks that the rows continue it (the application's
    // role may not update heads itself).
    template.batchUpdate(INSERT, rows);
  }

  /**
   * Locks (until commit) the first of the group's chains that no other transaction holds; only when
   * all are busy does it wait, for one picked at random.
   */
  private ChainHead lockFreeChain(String group) {
    Optional<ChainHead> free = firstFreeChain(group);
    if (free.isEmpty()) {
      // The chains are created in a transaction of their own, so no writer waits for another's
      // insert.
      createChains.executeWithoutResult(
          status ->
              jdbc.sql(
                      """
                      INSERT INTO audit_chain (chain_key, chain_group, last_seq, last_hash)
                      SELECT ? || ':' || stripe, ?, 0, ? FROM generate_series(0, ? - 1) AS stripe
                      ON CONFLICT (chain_key) DO NOTHING
                      """)
                  .params(group, group, AuditHash.GENESIS, CHAINS_PER_GROUP)
                  .update());
      free = firstFreeChain(group);
    }
    return free.orElseGet(
        () ->
            jdbc.sql(
                    "SELECT chain_key, last_seq, last_hash FROM audit_chain WHERE chain_key = ? FOR UPDATE")
                .param(group + ":" + ThreadLocalRandom.current().nextInt(CHAINS_PER_GROUP))
                .query(JdbcAuditTrail::head)
                .single());
  }

  private Optional<ChainHead> firstFreeChain(String group) {
    return jdbc.sql(
            "SELECT chain_key, last_seq, last_hash FROM audit_chain WHERE chain_group = ? ORDER BY chain_key LIMIT 1 FOR UPDATE SKIP LOCKED")
        .param(group)
        .query(JdbcAuditTrail::head)
        .optional();
  }

  private static Object[] row(
      String chainKey, long seq, AuditEntry e, byte[] prevHash, byte[] hash) {
    List<Object> row = new ArrayList<>(AuditField.values().length + 4);
    row.add(chainKey);
    row.add(seq);
    for (AuditField field : AuditField.values()) {
      Object value = field.of(e);
      row.add(value instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : value);
    }
    row.add(prevHash);
    row.add(hash);
    return row.toArray();
  }

  @Override
  public List<ChainHead> heads() {
    // Chains that have rows but lost their head come back with no head (seq -1), so a deleted
    // head cannot take its chain out of the verification.
    return jdbc.sql(
            """
            SELECT k.chain_key, coalesce(c.last_seq, -1) AS last_seq, coalesce(c.last_hash, '\\x'::bytea) AS last_hash
            FROM (SELECT chain_key FROM audit_chain UNION SELECT DISTINCT chain_key FROM audit_event) k
            LEFT JOIN audit_chain c USING (chain_key)
            ORDER BY k.chain_key
            """)
        .query(JdbcAuditTrail::head)
        .list();
  }

  @Override
  public Optional<byte[]> hashAt(String chainKey, long seq) {
    return jdbc.sql("SELECT hash FROM audit_event WHERE chain_key = ? AND seq = ?")
        .params(chainKey, seq)
        .query(byte[].class)
        .optional();
  }

  @Override
  public void forEachInChain(String chainKey, Consumer<AuditRecord> consumer) {
    transaction.executeWithoutResult(
        status ->
            streaming.query(
                "SELECT * FROM audit_event WHERE chain_key = ? ORDER BY seq",
                (RowCallbackHandler) rs -> consumer.accept(record(rs)),
                chainKey));
  }

  private static final String MATCHES =
      """
      WHERE (CAST(:participant AS uuid) IS NULL OR participant_id = :participant)
        AND (CAST(:actor AS text) IS NULL OR actor = :actor)
        AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
        AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)
      """;

  @Override
  public List<AuditRecord> search(AuditQuery query, int offset, int limit) {
    return withQuery(
            jdbc.sql(
                "SELECT * FROM audit_event "
                    + MATCHES
                    + " ORDER BY occurred_at DESC, chain_key, seq DESC OFFSET :offset LIMIT :limit"),
            query)
        .param("offset", offset)
        .param("limit", limit)
        .query((rs, row) -> record(rs))
        .list();
  }

  @Override
  public long count(AuditQuery query) {
    return withQuery(jdbc.sql("SELECT count(*) FROM audit_event " + MATCHES), query)
        .query(Long.class)
        .single();
  }

  private static JdbcClient.StatementSpec withQuery(
      JdbcClient.StatementSpec statement, AuditQuery query) {
    return statement
        .param("participant", query.participant())
        .param("actor", query.actor())
        .param(
            "from",
            query.from() == null ? null : OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC))
        .param(
            "to", query.to() == null ? null : OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
  }

  private static ChainHead head(ResultSet rs, int row) throws SQLException {
    return new ChainHead(
        rs.getString("chain_key"), rs.getLong("last_seq"), rs.getBytes("last_hash"));
  }

  static AuditRecord record(ResultSet rs) throws SQLException {
    Object[] values = new Object[AuditField.values().length];
    for (AuditField field : AuditField.values()) {
      values[field.ordinal()] =
          field.type() == Instant.class
              ? rs.getObject(field.column(), OffsetDateTime.class).toInstant()
              : rs.getObject(field.column(), field.type());
    }
    return new AuditRecord(
        rs.getString("chain_key"),
        rs.getLong("seq"),
        AuditField.entry(values),
        rs.getBytes("prev_hash"),
        rs.getBytes("hash"));
  }
}
