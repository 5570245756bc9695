package no.followup.registry.batch.aggregation;

import java.time.LocalDate;
import no.followup.registry.application.report.CompletedRun;
import no.followup.registry.application.report.ReportTables;
import no.followup.registry.batch.partition.ReportRuns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The complete national aggregation for a date, for jobs that build on it (the aggregated dataset
 * export): the latest complete run, or a new one computed at once under the caller's run id.
 */
@Service
public class Aggregations {

  private final ReportTables tables;
  private final ReportRuns runs;
  private final SiteAggregation aggregation;
  private final JdbcClient jdbc;

  public Aggregations(
      ReportTables tables, ReportRuns runs, SiteAggregation aggregation, JdbcClient jdbc) {
    this.tables = tables;
    this.runs = runs;
    this.aggregation = aggregation;
    this.jdbc = jdbc;
  }

  public long latestOrCompute(LocalDate asOf, long newRunId) {
    return tables
        .latestComplete(NationalAggregationJobConfiguration.JOB, asOf)
        .map(CompletedRun::id)
        .orElseGet(
            () -> {
              runs.open(newRunId, NationalAggregationJobConfiguration.JOB, asOf);
              for (String site :
                  jdbc.sql("SELECT code FROM site ORDER BY code").query(String.class).list()) {
                aggregation.aggregate(newRunId, site, asOf);
              }
              aggregation.rollUp(newRunId);
              runs.complete(newRunId);
              return newRunId;
            });
  }
}
