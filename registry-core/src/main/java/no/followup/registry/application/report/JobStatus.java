package no.followup.registry.application.report;

/**
 * Where a job run or one of its steps stands, as the registry publishes it: Spring Batch's states
 * by name, so that the API's contract does not move with the library's types.
 */
public enum JobStatus {
  STARTING,
  STARTED,
  STOPPING,
  STOPPED,
  COMPLETED,
  FAILED,
  ABANDONED,
  UNKNOWN
}
