package no.followup.registry.application.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import no.followup.registry.application.report.ReportJobs;
import no.followup.registry.domain.shared.Violations;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coordinators create, list and delete schedules; every change is audited. */
@Service
public class ReportSchedules {

  /** Schedules fire at most once a minute: a report every second would only load the database. */
  static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(1);

  private final ReportScheduleStore schedules;
  private final ReportJobs jobs;
  private final AuditRecorder audit;
  private final RegistryClock clock;

  public ReportSchedules(
      ReportScheduleStore schedules, ReportJobs jobs, AuditRecorder audit, RegistryClock clock) {
    this.schedules = schedules;
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
    schedules.add(
        id, jobName, cron.strip(), asOf, actor.name(), next(expression.orElseThrow(), clock.now()));
    ReportSchedule created = schedules.find(id).orElseThrow();
    audit.changed(actor, "CREATE", "report-schedule", id, null, null, null, created);
    return created;
  }

  @Transactional(readOnly = true)
  public List<ReportSchedule> list(Actor actor) {
    requireCoordinator(actor);
    return schedules.all();
  }

  @Transactional(readOnly = true)
  public ReportSchedule get(Actor actor, UUID id) {
    requireCoordinator(actor);
    return schedules.find(id).orElseThrow(() -> new NotFoundException("report schedule"));
  }

  @Transactional
  public void delete(Actor actor, UUID id) {
    ReportSchedule schedule = get(actor, id);
    schedules.delete(id);
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
    schedules.pause(id, paused, next);
    ReportSchedule after = schedules.find(id).orElseThrow();
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

  /** The first time the expression fires after the instant, in Norwegian time. */
  static Instant next(CronExpression cron, Instant after) {
    ZonedDateTime next = cron.next(after.atZone(RegistryClock.NORWAY));
    if (next == null) {
      throw new IllegalStateException("the cron expression never fires again");
    }
    return next.toInstant();
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
}
