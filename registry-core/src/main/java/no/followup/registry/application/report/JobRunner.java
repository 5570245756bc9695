package no.followup.registry.application.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where report and export jobs run (Spring Batch, in {@code registry-batch}): starts them in the
 * background and reads their executions. Access is the callers' to check.
 */
public interface JobRunner {

  /** Every job a coordinator may start by name (the dataset exports start from a request). */
  Set<String> reports();

  /**
   * Refuses with {@link JobsBusyException} when no job could be queued now: for callers that start
   * theirs later (after their transaction commits) and must still answer "busy" while they can.
   */
  void requireRoom();

  /**
   * Starts the job for the as-of date, with further identifying parameters, and answers its
   * execution's id at once; the run itself is in the background.
   */
  long start(String jobName, LocalDate asOf, Map<String, String> parameters, String startedBy);

  /** Runs the execution again from its first step that did not complete; answers the new id. */
  long restart(long executionId);

  Optional<JobRun> execution(long executionId);

  /** The latest executions of every job, newest first. */
  List<JobRun> recent(int max);
}
