package no.followup.registry.persistence.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import no.followup.registry.application.export.DatasetExport;
import no.followup.registry.application.export.ExportStatus;
import no.followup.registry.application.export.ExportStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports in {@code dataset_export}, and who was in each release in {@code release_participant}.
 */
@Component
class JdbcExportStore implements ExportStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Long>> ROW_COUNTS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final TransactionTemplate newTransaction;

  JdbcExportStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void queued(String id, String dataset, LocalDate asOf, String requestedBy) {
    jdbc.sql(
            """
            INSERT INTO dataset_export (id, dataset, as_of, requested_by, status) VALUES (?, ?, ?, ?, 'QUEUED')
            ON CONFLICT (id) DO NOTHING
            """)
        .params(id, dataset, asOf, requestedBy)
        .update();
  }

  @Override
  public boolean queuedRelease(
      String id, String dataset, LocalDate asOf, String requestedBy, UUID projectId) {
    return jdbc.sql(
                """
                INSERT INTO dataset_export (id, dataset, as_of, requested_by, status, project_id)
                VALUES (?, ?, ?, ?, 'QUEUED', ?)
                ON CONFLICT DO NOTHING
                """)
            .params(id, dataset, asOf, requestedBy, projectId)
            .update()
        == 1;
  }

  @Override
  public Optional<DatasetExport> liveRelease(UUID projectId, LocalDate asOf) {
    return jdbc.sql(
            """
            SELECT * FROM dataset_export WHERE project_id = ? AND as_of = ?
               AND status IN ('QUEUED', 'RUNNING', 'COMPLETED')
            """)
        .params(projectId, asOf)
        .query(JdbcExportStore::export)
        .optional();
  }

  @Override
  public void released(String id, Map<UUID, String> participants) {
    if (participants.isEmpty()) {
      return;
    }
    List<UUID> ids = List.copyOf(participants.keySet());
    jdbc.sql(
            """
            INSERT INTO release_participant (export_id, participant_id, pseudonym)
            SELECT ?, p.id, p.pseudonym FROM unnest(?::uuid[], ?::text[]) AS p (id, pseudonym)
            ON CONFLICT DO NOTHING
            """)
        .params(
            id,
            ids.toArray(UUID[]::new),
            ids.stream().map(participants::get).toArray(String[]::new))
        .update();
  }

  @Override
  public void running(String id, long executionId) {
    jdbc.sql(
            "UPDATE dataset_export SET status = 'RUNNING', execution_id = ?, error = NULL WHERE id = ?")
        .params(executionId, id)
        .update();
  }

  @Override
  public void completed(
      String id, Long aggregationRun, Map<String, Long> rowCounts, String checksum) {
    jdbc.sql(
            """
            UPDATE dataset_export SET status = 'COMPLETED', aggregation_run = ?, row_counts = ?::jsonb, checksum = ?,
                   completed_at = now()
            WHERE id = ?
            """)
        .params(aggregationRun, JSON.writeValueAsString(new TreeMap<>(rowCounts)), checksum, id)
        .update();
  }

  @Override
  public void failedToStart(String id, String error) {
    // After the request's transaction committed, data access would still join that finished
    // transaction: the mark goes in a transaction of its own.
    newTransaction.executeWithoutResult(status -> failed(id, error));
  }

  @Override
  public void failed(String id, String error) {
    jdbc.sql("UPDATE dataset_export SET status = 'FAILED', error = ? WHERE id = ?")
        .params(error, id)
        .update();
  }

  @Override
  public int unfinishedOf(String requestedBy) {
    return jdbc.sql(
            """
            SELECT count(*) FROM dataset_export WHERE requested_by = ? AND status IN ('QUEUED', 'RUNNING')
               AND requested_at > now() - interval '1 day'
            """)
        .param(requestedBy)
        .query(Integer.class)
        .single();
  }

  @Override
  public List<String> expireCompletedBefore(Instant cutoff) {
    return jdbc.sql(
            """
            UPDATE dataset_export SET status = 'EXPIRED'
            WHERE status = 'COMPLETED' AND completed_at < ? RETURNING id
            """)
        .param(java.sql.Timestamp.from(cutoff))
        .query(String.class)
        .list();
  }

  @Override
  public List<DatasetExport> requestedBy(String user, int max) {
    return jdbc.sql(
            """
            SELECT * FROM dataset_export x
            WHERE x.requested_by = ?
               OR x.project_id IN (SELECT project_id FROM data_access_project_researcher WHERE username = ?)
            ORDER BY x.requested_at DESC LIMIT ?
            """)
        .params(user, user, max)
        .query(JdbcExportStore::export)
        .list();
  }

  @Override
  public List<DatasetExport> ofProject(UUID projectId) {
    return jdbc.sql(
            "SELECT * FROM dataset_export WHERE project_id = ? ORDER BY as_of DESC, requested_at DESC")
        .param(projectId)
        .query(JdbcExportStore::export)
        .list();
  }

  @Override
  public Optional<DatasetExport> find(String id) {
    return jdbc.sql("SELECT * FROM dataset_export WHERE id = ?")
        .param(id)
        .query(JdbcExportStore::export)
        .optional();
  }

  private static Map<String, Long> rowCounts(String json) {
    return json == null ? null : JSON.readValue(json, ROW_COUNTS);
  }

  private static DatasetExport export(ResultSet rs, int row) throws SQLException {
    OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
    long execution = rs.getLong("execution_id");
    Long executionId = rs.wasNull() ? null : execution;
    return new DatasetExport(
        rs.getString("id"),
        rs.getString("dataset"),
        rs.getObject("project_id", UUID.class),
        rs.getObject("as_of", LocalDate.class),
        rs.getString("requested_by"),
        rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
        ExportStatus.valueOf(rs.getString("status")),
        executionId,
        rowCounts(rs.getString("row_counts")),
        rs.getString("checksum"),
        rs.getString("error"),
        completed == null ? null : completed.toInstant());
  }
}
