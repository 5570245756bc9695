package no.followup.registry.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import no.followup.registry.api.contract.Responds;
import no.followup.registry.api.contract.ResponseHeader;
import no.followup.registry.api.problem.PreconditionException;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.api.shared.WriteAnswer;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.report.JobRun;
import no.followup.registry.application.report.JobStatus;
import no.followup.registry.application.report.ReportJobs;
import no.followup.registry.domain.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Report jobs")
class JobController {

  private final ReportJobs jobs;
  private final IdempotentResponses idempotent;

  JobController(ReportJobs jobs, IdempotentResponses idempotent) {
    this.jobs = jobs;
    this.idempotent = idempotent;
  }

  @Responds(
      value = 202,
      headers = {ResponseHeader.LOCATION, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping("/api/v1/jobs/{jobName}/executions")
  @PreAuthorize(Roles.COORDINATOR)
  @Operation(
      operationId = "startJob",
      summary = "Start a report job as of a date; it runs in the background (202, follow Location)")
  public ResponseEntity<JobExecutionResponse> start(
      Actor actor,
      @PathVariable String jobName,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody JobExecutionRequest request) {
    if (request.asOf() == null) {
      throw new PreconditionException(
          HttpStatus.BAD_REQUEST,
          Violation.rejection("asOf", "required", "asOf is required (YYYY-MM-DD)"));
    }
    return idempotent.write(
        actor,
        key,
        "POST /api/v1/jobs/" + jobName + "/executions",
        request,
        JobExecutionResponse.class,
        () -> {
          long id = jobs.start(actor, jobName, request.asOf());
          return WriteAnswer.accepted(
              URI.create("/api/v1/job-executions/" + id),
              new JobExecutionResponse(id, jobName, JobStatus.STARTED));
        });
  }

  @GetMapping("/api/v1/job-executions/{executionId}")
  @PreAuthorize(Roles.COORDINATOR)
  @Operation(
      operationId = "getJobExecution",
      summary = "A job execution: status, counts per step, timings, errors")
  public JobRun execution(Actor actor, @PathVariable long executionId) {
    return jobs.execution(actor, executionId);
  }
}
