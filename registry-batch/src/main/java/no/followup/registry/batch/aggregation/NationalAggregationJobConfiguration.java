package no.followup.registry.batch.aggregation;

import no.followup.registry.application.report.NationalAggregationReport;
import no.followup.registry.batch.partition.ReportRuns;
import no.followup.registry.batch.partition.SitePartitionedStep;
import no.followup.registry.batch.partition.SitePartitioner;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code nationalAggregation(asOf)}: opens a run, aggregates each site in its own partition (one
 * transaction each, in parallel), then adds the sites up per region and nation and marks the run
 * complete in one transaction. A restart reruns only unfinished sites; readers never see a run
 * before its last step.
 */
@Configuration(proxyBeanMethods = false)
class NationalAggregationJobConfiguration {

  static final String JOB = NationalAggregationReport.JOB;

  @Bean
  Job nationalAggregation(
      JobRepository jobs,
      Step nationalAggregationOpen,
      Step nationalAggregationBySite,
      Step nationalAggregationRollUp) {
    return new JobBuilder(JOB, jobs)
        .start(nationalAggregationOpen)
        .next(nationalAggregationBySite)
        .next(nationalAggregationRollUp)
        .build();
  }

  @Bean
  Step nationalAggregationOpen(
      JobRepository jobs, PlatformTransactionManager transactions, ReportRuns runs) {
    return new StepBuilder("nationalAggregationOpen", jobs)
        .tasklet(runs.opening(JOB), transactions)
        .build();
  }

  @Bean
  Step nationalAggregationBySite(
      JobRepository jobs, Step nationalAggregationSite, SitePartitioner sites) {
    return SitePartitionedStep.of(
        "nationalAggregationBySite", jobs, nationalAggregationSite, sites);
  }

  @Bean
  Step nationalAggregationSite(
      JobRepository jobs, PlatformTransactionManager transactions, SiteAggregation aggregation) {
    return SitePartitionedStep.perSite(
        "nationalAggregationSite",
        jobs,
        transactions,
        (runId, site, asOf) -> {
          aggregation.aggregate(runId, site, asOf);
          return 0;
        });
  }

  @Bean
  Step nationalAggregationRollUp(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      SiteAggregation aggregation,
      ReportRuns runs) {
    return new StepBuilder("nationalAggregationRollUp", jobs)
        .tasklet(
            (contribution, chunk) -> {
              long runId = ReportRuns.runId(contribution);
              aggregation.rollUp(runId);
              runs.complete(runId);
              return RepeatStatus.FINISHED;
            },
            transactions)
        .build();
  }
}
