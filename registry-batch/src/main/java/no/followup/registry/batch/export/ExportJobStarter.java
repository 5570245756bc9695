package no.followup.registry.batch.export;

import java.util.Map;
import no.followup.registry.application.export.DatasetExport;
import no.followup.registry.application.export.ExportJobs;
import no.followup.registry.application.report.JobRunner;
import org.springframework.stereotype.Component;

/** Starts the export job of a requested export's dataset, carrying the export's id. */
@Component
class ExportJobStarter implements ExportJobs {

  private final JobRunner runner;

  ExportJobStarter(JobRunner runner) {
    this.runner = runner;
  }

  @Override
  public void requireRoom() {
    runner.requireRoom();
  }

  @Override
  public void start(DatasetExport export) {
    runner.start(
        ExportJobConfiguration.JOB_OF_DATASET.get(export.dataset()),
        export.asOf(),
        Map.of(ExportJobConfiguration.EXPORT_ID, export.id()),
        export.requestedBy());
  }
}
