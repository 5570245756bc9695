package no.followup.registry.batch.export;

import java.util.Map;
import no.followup.registry.application.export.DatasetExport;
import no.followup.registry.application.export.Datasets;
import no.followup.registry.application.export.ExportJobs;
import no.followup.registry.application.report.JobRunner;
import org.springframework.stereotype.Component;

/** Starts the export job of a requested export's dataset, carrying the export's id. */
@Component
class ExportJobStarter implements ExportJobs {

  private static final Map<String, String> JOBS =
      Map.of(
          Datasets.AGGREGATED_OUTCOMES, ExportJobConfiguration.AGGREGATED_OUTCOMES,
          Datasets.EVALUATION_2028, ExportJobConfiguration.EVALUATION_2028);

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
        JOBS.get(export.dataset()),
        export.asOf(),
        Map.of(ExportJobConfiguration.EXPORT_ID, export.id()),
        export.requestedBy());
  }
}
