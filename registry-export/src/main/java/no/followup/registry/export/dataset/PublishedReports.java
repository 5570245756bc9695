package no.followup.registry.export.dataset;

import no.followup.registry.application.access.Actor;
import no.followup.registry.application.report.ReportScope;
import org.springframework.stereotype.Service;

/**
 * An aggregation run's figures as the aggregated dataset publishes them, with its disclosure
 * control: what a site lead sees of their region and the nation (researchers download the same).
 */
@Service
public class PublishedReports {

  private final DatasetExporter datasets;

  PublishedReports(DatasetExporter datasets) {
    this.datasets = datasets;
  }

  /** For those who read reports (coordinators, site leads); the run is a national aggregation's. */
  public PublishedAggregation of(Actor actor, long aggregationRunId) {
    ReportScope.onlySiteOf(actor);
    return datasets.published(aggregationRunId);
  }
}
