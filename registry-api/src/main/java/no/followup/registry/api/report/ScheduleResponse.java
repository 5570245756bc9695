package no.followup.registry.api.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A schedule, when it fires next, whether it is paused, and what its latest firing started. */
public record ScheduleResponse(
    UUID id,
    String jobName,
    String cron,
    ScheduleRequest.Parameters parameters,
    String createdBy,
    Instant createdAt,
    Instant nextFireAt,
    Instant lastFiredAt,
    Long lastExecutionId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean paused) {}
