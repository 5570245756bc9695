package no.followup.registry.batch.partition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens and completes report runs. The run id is the Spring Batch job instance id: a restarted
 * execution of the same instance writes under the same id, a new run under a new one.
 */
@Component
public class ReportRuns {

  private final JdbcClient jdbc;

  public ReportRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void open(long runId, String jobName, LocalDate asOf) {
    jdbc.sql(
            "INSERT INTO report_run (run_id, job_name, as_of) VALUES (?, ?, ?) ON CONFLICT (run_id) DO NOTHING")
        .params(runId, jobName, asOf)
        .update();
  }

  public void complete(long runId) {
    jdbc.sql("UPDATE report_run SET completed_at = now() WHERE run_id = ?").param(runId).update();
  }

  /** The first step of every report job: opens the run for the job's as-of date. */
  public Tasklet opening(String jobName) {
    return (contribution, chunk) -> {
      var execution = contribution.getStepExecution().getJobExecution();
      open(runId(contribution), jobName, execution.getJobParameters().getLocalDate("asOf"));
      return RepeatStatus.FINISHED;
    };
  }

  /** The latest complete run of the job for the date: what readers see. */
  public Optional<CompletedRun> latestComplete(String jobName, LocalDate asOf) {
    return jdbc.sql(
            """
            SELECT run_id, completed_at FROM report_run
            WHERE job_name = ? AND as_of = ? AND completed_at IS NOT NULL ORDER BY completed_at DESC LIMIT 1
            """)
        .params(jobName, asOf)
        .query(
            (rs, row) ->
                new CompletedRun(
                    rs.getLong("run_id"),
                    asOf,
                    rs.getObject("completed_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  /** The date of the job's most recently completed run, whatever its date: what to show first. */
  public Optional<LocalDate> latestCompletedAsOf(String jobName) {
    return jdbc.sql(
            """
            SELECT as_of FROM report_run WHERE job_name = ? AND completed_at IS NOT NULL
            ORDER BY completed_at DESC LIMIT 1
            """)
        .param(jobName)
        .query(LocalDate.class)
        .optional();
  }

  public static long runId(StepContribution contribution) {
    return contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
  }

  /** A run whose figures are all written. */
  public record CompletedRun(long id, LocalDate asOf, Instant completedAt) {}
}
