package no.followup.registry.application.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The figures report jobs wrote, read back per run (and, for a site lead, per site). */
public interface ReportTables {

  /** The latest complete run of the job for the date: what readers see. */
  Optional<CompletedRun> latestComplete(String jobName, LocalDate asOf);

  /** The date of the job's most recently completed run, whatever its date: what to show first. */
  Optional<LocalDate> latestCompletedAsOf(String jobName);

  /** The national aggregation of the run, every scope or only the site's. */
  NationalAggregationReport.Report aggregation(CompletedRun run, Optional<String> onlySite);

  /** The follow-up completeness of the run per site, every site or only the one. */
  List<FollowUpCompletenessReport.SiteFigures> completeness(
      CompletedRun run, Optional<String> onlySite);

  /** The site's visits of the run whose window closed without an assessment. */
  List<FollowUpCompletenessReport.MissingVisit> missingVisits(CompletedRun run, String site);
}
