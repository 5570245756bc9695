package no.followup.registry.api.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A new schedule: the job, a six-field cron expression in Norwegian time (e.g. {@code 0 0 6 * *
 * MON}), and the job's parameters (without {@code asOf}, each run is as of the day it fires).
 */
public record ScheduleRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String jobName,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String cron,
    Parameters parameters) {

  /** The job parameters a schedule can fix. */
  @Schema(name = "ScheduleParameters")
  public record Parameters(LocalDate asOf) {}

  LocalDate asOf() {
    return parameters == null ? null : parameters.asOf();
  }
}
