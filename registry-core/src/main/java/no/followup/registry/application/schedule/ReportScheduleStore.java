package no.followup.registry.application.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The report schedules and the record of every firing. */
public interface ReportScheduleStore {

  void add(
      UUID id, String jobName, String cron, LocalDate asOf, String createdBy, Instant nextFireAt);

  /** Every schedule with its latest firing, oldest first. */
  List<ReportSchedule> all();

  Optional<ReportSchedule> find(UUID id);

  void delete(UUID id);

  /** Pauses the schedule, or resumes it to fire next at the given time. */
  void pause(UUID id, boolean paused, Instant nextWhenResumed);

  /**
   * The earliest schedule due at the instant that no other instance is claiming, locked until the
   * caller's transaction ends.
   */
  Optional<DueSchedule> lockDue(Instant now);

  /**
   * Moves the schedule on to its next time and records the firing of its due time; the unique due
   * time refuses a second claim.
   */
  void claimed(DueSchedule schedule, Instant next);

  /** The job execution the firing of the due time started. */
  void started(UUID scheduleId, Instant dueAt, long executionId);

  /** A schedule due at its next fire time, as stored. */
  record DueSchedule(
      UUID id, String jobName, String cron, LocalDate asOf, String createdBy, Instant dueAt) {}
}
