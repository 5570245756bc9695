package no.followup.registry.application.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.report.ReportJobs;
import no.followup.registry.application.schedule.ReportScheduleStore.DueSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due schedules. Each instance of the registry polls; a due schedule is claimed in one short
 * transaction ({@code FOR UPDATE SKIP LOCKED}, its next time moved on, the firing recorded under a
 * unique due time), so exactly one instance starts it. The job starts after the claim commits: if
 * the process dies in between, that firing is recorded without an execution, visible, not doubled.
 */
@Component
public class ScheduleFiring {

  private static final Logger log = LoggerFactory.getLogger(ScheduleFiring.class);

  private final ReportScheduleStore schedules;
  private final TransactionTemplate transactions;
  private final ReportJobs jobs;
  private final RegistryClock clock;

  public ScheduleFiring(
      ReportScheduleStore schedules,
      TransactionTemplate transactions,
      ReportJobs jobs,
      RegistryClock clock) {
    this.schedules = schedules;
    this.transactions = transactions;
    this.jobs = jobs;
    this.clock = clock;
  }

  /** A due firing this instance has claimed. */
  record Claim(UUID scheduleId, String jobName, LocalDate asOf, Instant dueAt, String createdBy) {}

  @Scheduled(
      fixedDelayString = "${registry.schedules.poll-interval:PT30S}",
      initialDelayString = "${registry.schedules.poll-interval:PT30S}")
  public void poll() {
    int fired = fireDue();
    if (fired > 0) {
      log.info("fired {} scheduled job(s)", fired);
    }
  }

  /** Fires every schedule due now; answers how many this instance fired. */
  public int fireDue() {
    int fired = 0;
    for (Optional<Claim> claim = claimOne(); claim.isPresent(); claim = claimOne()) {
      start(claim.get());
      fired++;
    }
    return fired;
  }

  private Optional<Claim> claimOne() {
    Instant now = clock.now();
    return transactions.execute(
        status -> schedules.lockDue(now).map(schedule -> claim(schedule, now)));
  }

  /**
   * Moves the schedule to its next time after now (a registry down for a day fires once, not once
   * per missed time) and records this firing; the unique due time refuses a second claim.
   */
  private Claim claim(DueSchedule schedule, Instant now) {
    schedules.claimed(schedule, ReportSchedules.next(CronExpression.parse(schedule.cron()), now));
    LocalDate asOf =
        schedule.asOf() != null
            ? schedule.asOf()
            : schedule.dueAt().atZone(RegistryClock.NORWAY).toLocalDate();
    return new Claim(
        schedule.id(), schedule.jobName(), asOf, schedule.dueAt(), schedule.createdBy());
  }

  private void start(Claim claim) {
    Actor scheduler =
        new Actor(
            "schedule " + claim.scheduleId() + " of " + claim.createdBy(),
            Optional.empty(),
            Set.of(Role.COORDINATOR));
    try {
      long execution = jobs.start(scheduler, claim.jobName(), claim.asOf());
      schedules.started(claim.scheduleId(), claim.dueAt(), execution);
    } catch (RuntimeException e) {
      log.error(
          "schedule {} could not start {}: {}: {}",
          claim.scheduleId(),
          claim.jobName(),
          e.getClass().getSimpleName(),
          e.getMessage());
    }
  }
}
