package no.followup.registry.batch.launch;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** One execution of a report job: its status, timings, per-step counts and any errors. */
public record JobRun(
    long executionId,
    String jobName,
    Map<String, String> parameters,
    String status,
    String exitCode,
    LocalDateTime createdAt,
    LocalDateTime startedAt,
    LocalDateTime endedAt,
    List<StepRun> steps,
    List<String> errors) {

  /** One step (or partition) of the execution. */
  public record StepRun(
      String name,
      String status,
      long readCount,
      long writeCount,
      long commitCount,
      long rollbackCount) {}
}
