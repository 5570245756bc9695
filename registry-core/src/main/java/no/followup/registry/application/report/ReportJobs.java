package no.followup.registry.application.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Coordinators start report jobs without waiting for them, follow their runs and restart the ones
 * that failed.
 */
@Service
public class ReportJobs {

  private final JobRunner runner;

  public ReportJobs(JobRunner runner) {
    this.runner = runner;
  }

  /** The jobs a coordinator starts by name. */
  public Set<String> reports() {
    return runner.reports();
  }

  /** Starts the job for the as-of date and answers the new execution's id at once. */
  public long start(Actor actor, String jobName, LocalDate asOf) {
    requireCoordinator(actor);
    if (!runner.reports().contains(jobName)) {
      // An export's job without its export would write a file no export row accounts for.
      throw new NotFoundException("job");
    }
    return runner.start(jobName, asOf, Map.of(), actor.name());
  }

  /**
   * Runs a failed or stopped execution again: its completed steps (and sites) are kept, the rest
   * runs anew. Answers the new execution's id.
   */
  public long restart(Actor actor, long executionId) {
    JobStatus status = execution(actor, executionId).status();
    if (status != JobStatus.FAILED && status != JobStatus.STOPPED) {
      throw new ConflictException(
          "not-restartable",
          "only a failed or stopped run can be restarted; this one is " + status);
    }
    return runner.restart(executionId);
  }

  public JobRun execution(Actor actor, long executionId) {
    requireCoordinator(actor);
    return runner.execution(executionId).orElseThrow(() -> new NotFoundException("job execution"));
  }

  /** The latest executions of every job, newest first. */
  public List<JobRun> recent(Actor actor, int max) {
    requireCoordinator(actor);
    return runner.recent(max);
  }

  private static void requireCoordinator(Actor actor) {
    if (!actor.isCoordinator()) {
      throw new AccessDeniedException("only coordinators run report jobs");
    }
  }
}
