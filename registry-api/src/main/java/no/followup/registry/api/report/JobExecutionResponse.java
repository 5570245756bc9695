package no.followup.registry.api.report;

import no.followup.registry.application.report.JobStatus;

/** A started job execution; follow it at {@code Location}. */
public record JobExecutionResponse(long executionId, String jobName, JobStatus status) {}
