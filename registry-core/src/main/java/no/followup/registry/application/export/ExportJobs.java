package no.followup.registry.application.export;

/** Where an export's job runs ({@code registry-batch}): one job per dataset. */
public interface ExportJobs {

  /** Refuses at once (busy) when no job could be queued now. */
  void requireRoom();

  /** Starts the job that writes the queued export's files. */
  void start(DatasetExport export);
}
