package no.followup.registry.application.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A job fired by a cron expression (six fields, seconds first, in Norwegian time).
 *
 * @param asOf a fixed as-of date, or {@code null} for the date the schedule fires
 * @param lastExecutionId the job execution its latest firing started, if any
 * @param paused whether it is paused: then it never fires
 */
public record ReportSchedule(
    UUID id,
    String jobName,
    String cron,
    LocalDate asOf,
    String createdBy,
    Instant createdAt,
    Instant nextFireAt,
    Instant lastFiredAt,
    Long lastExecutionId,
    boolean paused) {}
