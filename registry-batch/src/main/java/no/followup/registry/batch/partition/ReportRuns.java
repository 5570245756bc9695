package no.followup.registry.batch.partition;

import java.time.LocalDate;
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

  public static long runId(StepContribution contribution) {
    return contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
  }
}
