package no.followup.registry.api.report;

/** A started job execution; follow it at {@code Location}. */
public record JobExecutionResponse(long executionId, String jobName, String status) {}
