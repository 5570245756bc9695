package no.followup.registry.batch.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.batch.job.ReportJobs;
import no.followup.registry.domain.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coordinators create, list and delete schedules; every change is audited. */
@Service
public class ReportSchedules {

  /** Schedules fire at most once a minute: a report every second would only load the database. */
  static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final ReportJobs jobs;
  private final AuditRecorder audit;
  private final RegistryClock clock;

  public ReportSchedules(
      JdbcClient jdbc, ReportJobs jobs, AuditRecorder audit, RegistryClock clock) {
    this.jdbc = jdbc;
    this.jobs = jobs;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public ReportSchedule create(Actor actor, String jobName, String cron, LocalDate asOf) {
    requireCoordinator(actor);
    Violations violations = new Violations();
    Set<String> known = jobs.reports();
    if (jobName == null || jobName.isBlank()) {
      violations.reject("jobName", "required", "jobName is required");
    } else if (!known.contains(jobName)) {
      violations.reject("jobName", "known-job", "jobName must be one of " + known);
    }
    Optional<CronExpression> expression = parse(cron, violations);
    violations.throwIfRejected();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO report_schedule (id, job_name, cron, as_of, created_by, next_fire_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            jobName,
            cron.strip(),
            asOf,
            actor.name(),
            utc(next(expression.orElseThrow(), clock.now())))
        .update();
    ReportSchedule created = find(id).orElseThrow();
    audit.changed(actor, "CREATE", "report-schedule", id, null, null, null, created);
    return created;
  }

  @Transactional(readOnly = true)
  public List<ReportSchedule> list(Actor actor) {
    requireCoordinator(actor);
    return jdbc.sql(SELECT + " ORDER BY s.created_at, s.id")
        .query(ReportSchedules::schedule)
        .list();
  }

  @Transactional(readOnly = true)
  public ReportSchedule get(Actor actor, UUID id) {
    requireCoordinator(actor);
    return find(id).orElseThrow(() -> new NotFoundException("report schedule"));
  }

  @Transactional
  public void delete(Actor actor, UUID id) {
    ReportSchedule schedule = get(actor, id);
    jdbc.sql("DELETE FROM report_schedule WHERE id = ?").param(id).update();
    audit.changed(actor, "DELETE", "report-schedule", id, null, null, schedule, null);
  }

  /**
   * Pauses the schedule, or resumes it from its next time after now (times missed while it was
   * paused are not made up for).
   */
  @Transactional
  public ReportSchedule pause(Actor actor, UUID id, boolean paused) {
    ReportSchedule before = get(actor, id);
    Instant next = next(CronExpression.parse(before.cron()), clock.now());
    jdbc.sql(
            """
            UPDATE report_schedule SET paused = ?,
                   next_fire_at = CASE WHEN ? THEN next_fire_at ELSE ? END
            WHERE id = ?
            """)
        .params(paused, paused, utc(next), id)
        .update();
    ReportSchedule after = find(id).orElseThrow();
    audit.changed(
        actor, paused ? "PAUSE" : "RESUME", "report-schedule", id, null, null, before, after);
    return after;
  }

  /** The schedule's next times, in Norwegian time; none while it is paused. */
  public List<ZonedDateTime> nextFirings(ReportSchedule schedule, int count) {
    if (schedule.paused()) {
      return List.of();
    }
    CronExpression cron = CronExpression.parse(schedule.cron());
    List<ZonedDateTime> firings = new ArrayList<>();
    ZonedDateTime at = schedule.nextFireAt().atZone(RegistryClock.NORWAY);
    while (at != null && firings.size() < count) {
      firings.add(at);
      at = cron.next(at);
    }
    return firings;
  }

  Optional<ReportSchedule> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE s.id = ?")
        .param(id)
        .query(ReportSchedules::schedule)
        .optional();
  }

  /** The first time the expression fires after the instant, in Norwegian time. */
  static Instant next(CronExpression cron, Instant after) {
    ZonedDateTime next = cron.next(after.atZone(RegistryClock.NORWAY));
    if (next == null) {
      throw new IllegalStateException("the cron expression never fires again");
    }
    return next.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private Optional<CronExpression> parse(String cron, Violations violations) {
    if (cron == null || cron.isBlank()) {
      violations.reject("cron", "required", "cron is required (six fields, seconds first)");
      return Optional.empty();
    }
    CronExpression expression;
    try {
      expression = CronExpression.parse(cron.strip());
    } catch (IllegalArgumentException e) {
      violations.reject(
          "cron",
          "cron-expression",
          "cron must be six fields: second minute hour day-of-month month day-of-week,"
              + " e.g. 0 0 6 * * MON");
      return Optional.empty();
    }
    ZonedDateTime first = expression.next(clock.now().atZone(RegistryClock.NORWAY));
    ZonedDateTime second = first == null ? null : expression.next(first);
    if (first == null) {
      violations.reject("cron", "fires", "cron never fires");
    } else if (second != null && Duration.between(first, second).compareTo(SHORTEST_INTERVAL) < 0) {
      violations.reject("cron", "at-most-once-a-minute", "cron must fire at most once a minute");
    }
    return Optional.of(expression);
  }

  private static void requireCoordinator(Actor actor) {
    if (!actor.isCoordinator()) {
      throw new AccessDeniedException("only coordinators schedule reports");
    }
  }

  private static final String SELECT =
      """
      SELECT s.*, f.fired_at AS last_fired_at, f.execution_id AS last_execution_id
      FROM report_schedule s
      LEFT JOIN LATERAL (SELECT fired_at, execution_id FROM report_schedule_firing
                         WHERE schedule_id = s.id ORDER BY due_at DESC LIMIT 1) f ON true
      """;

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
