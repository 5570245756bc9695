package no.followup.registry.application.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One execution of a report job: its status, timings, per-step counts and any errors. */
public record JobRun(
    long executionId,
    String jobName,
    Map<String, String> parameters,
    JobStatus status,
    String exitCode,
    Instant createdAt,
    Instant startedAt,
    Instant endedAt,
    List<StepRun> steps,
    List<String> errors) {

  /** One step (or partition) of the execution. */
  public record StepRun(
      String name,
      JobStatus status,
      long readCount,
      long writeCount,
      long commitCount,
      long rollbackCount) {}

  /** The date the run reports as of (every registry job has one). */
  public LocalDate asOf() {
    String asOf = parameters.get("asOf");
    return asOf == null ? null : LocalDate.parse(asOf);
  }

  /** How long the run took, in seconds; null until it has ended. */
  public Double seconds() {
    return startedAt == null || endedAt == null
        ? null
        : Duration.between(startedAt, endedAt).toMillis() / 1000.0;
  }
}
