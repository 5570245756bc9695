package no.followup.registry.api.report;

import org.springframework.batch.core.BatchStatus;

/** A started job execution; follow it at {@code Location}. */
public record JobExecutionResponse(long executionId, String jobName, BatchStatus status) {}
