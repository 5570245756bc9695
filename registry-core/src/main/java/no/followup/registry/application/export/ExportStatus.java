package no.followup.registry.application.export;

/** Where an export stands; the database's check constraint holds the same names. */
public enum ExportStatus {
  QUEUED,
  RUNNING,
  COMPLETED,
  FAILED,
  /** Completed, and its file deleted after the retention period. */
  EXPIRED
}
