package no.followup.registry.persistence.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.schedule.ReportSchedule;
import no.followup.registry.application.schedule.ReportScheduleStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Schedules in {@code report_schedule}, each firing in {@code report_schedule_firing}. Public,
 * unlike the other adapters: a test stands a second registry instance on a connection pool of its
 * own.
 */
@Component
public class JdbcReportScheduleStore implements ReportScheduleStore {

  private static final String SELECT =
      """
      SELECT s.*, f.fired_at AS last_fired_at, f.execution_id AS last_execution_id
      FROM report_schedule s
      LEFT JOIN LATERAL (SELECT fired_at, execution_id FROM report_schedule_firing
                         WHERE schedule_id = s.id ORDER BY due_at DESC LIMIT 1) f ON true
      """;

  private final JdbcClient jdbc;

  public JdbcReportScheduleStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(
      UUID id, String jobName, String cron, LocalDate asOf, String createdBy, Instant nextFireAt) {
    jdbc.sql(
            """
            INSERT INTO report_schedule (id, job_name, cron, as_of, created_by, next_fire_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(id, jobName, cron, asOf, createdBy, utc(nextFireAt))
        .update();
  }

  @Override
  public List<ReportSchedule> all() {
    return jdbc.sql(SELECT + " ORDER BY s.created_at, s.id")
        .query(JdbcReportScheduleStore::schedule)
        .list();
  }

  @Override
  public Optional<ReportSchedule> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE s.id = ?")
        .param(id)
        .query(JdbcReportScheduleStore::schedule)
        .optional();
  }

  @Override
  public void delete(UUID id) {
    jdbc.sql("DELETE FROM report_schedule WHERE id = ?").param(id).update();
  }

  @Override
  public void pause(UUID id, boolean paused, Instant nextWhenResumed) {
    jdbc.sql(
            """
            UPDATE report_schedule SET paused = ?,
                   next_fire_at = CASE WHEN ? THEN next_fire_at ELSE ? END
            WHERE id = ?
            """)
        .params(paused, paused, utc(nextWhenResumed), id)
        .update();
  }

  @Override
  public Optional<DueSchedule> lockDue(Instant now) {
    return jdbc.sql(
            """
            SELECT id, job_name, cron, as_of, created_by, next_fire_at FROM report_schedule
            WHERE next_fire_at <= ? AND NOT paused ORDER BY next_fire_at LIMIT 1 FOR UPDATE SKIP LOCKED
            """)
        .param(utc(now))
        .query(
            (rs, row) ->
                new DueSchedule(
                    rs.getObject("id", UUID.class),
                    rs.getString("job_name"),
                    rs.getString("cron"),
                    rs.getObject("as_of", LocalDate.class),
                    rs.getString("created_by"),
                    rs.getObject("next_fire_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  @Override
  public void claimed(DueSchedule schedule, Instant next) {
    jdbc.sql("UPDATE report_schedule SET next_fire_at = ? WHERE id = ?")
        .params(utc(next), schedule.id())
        .update();
    jdbc.sql("INSERT INTO report_schedule_firing (schedule_id, due_at) VALUES (?, ?)")
        .params(schedule.id(), utc(schedule.dueAt()))
        .update();
  }

  @Override
  public void started(UUID scheduleId, Instant dueAt, long executionId) {
    jdbc.sql(
            "UPDATE report_schedule_firing SET execution_id = ? WHERE schedule_id = ? AND due_at = ?")
        .params(executionId, scheduleId, utc(dueAt))
        .update();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static ReportSchedule schedule(ResultSet rs, int row) throws SQLException {
    OffsetDateTime lastFired = rs.getObject("last_fired_at", OffsetDateTime.class);
    return new ReportSchedule(
        rs.getObject("id", UUID.class),
        rs.getString("job_name"),
        rs.getString("cron"),
        rs.getObject("as_of", LocalDate.class),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("next_fire_at", OffsetDateTime.class).toInstant(),
        lastFired == null ? null : lastFired.toInstant(),
        rs.getObject("last_execution_id", Long.class),
        rs.getBoolean("paused"));
  }
}
