package no.followup.registry.batch;

import no.followup.registry.application.export.ExportRequests;
import no.followup.registry.application.export.ExportRetention;
import no.followup.registry.application.report.FollowUpCompletenessReport;
import no.followup.registry.application.report.NationalAggregationReport;
import no.followup.registry.application.report.ReportJobs;
import no.followup.registry.application.schedule.ReportSchedules;
import no.followup.registry.application.schedule.ScheduleFiring;
import org.springframework.context.annotation.Import;

/**
 * The use cases the API runs on the jobs (report jobs and reads, schedules, export requests), added
 * to the standalone worker's context, which has the jobs but not the use cases.
 */
@Import({
  ReportJobs.class,
  NationalAggregationReport.class,
  FollowUpCompletenessReport.class,
  ReportSchedules.class,
  ScheduleFiring.class,
  ExportRequests.class,
  ExportRetention.class
})
public class WorkerWithUseCases {}
