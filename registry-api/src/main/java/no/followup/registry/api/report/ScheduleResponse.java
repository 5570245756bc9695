package no.followup.registry.api.report;

import java.time.Instant;
import java.util.UUID;

/** A schedule, when it fires next, and what its latest firing started. */
public record ScheduleResponse(
    UUID id,
    String jobName,
    String cron,
    ScheduleRequest.Parameters parameters,
    String createdBy,
    Instant createdAt,
    Instant nextFireAt,
    Instant lastFiredAt,
    Long lastExecutionId) {}
