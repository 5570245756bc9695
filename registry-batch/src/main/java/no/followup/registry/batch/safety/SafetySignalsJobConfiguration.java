package no.followup.registry.batch.safety;

import no.followup.registry.batch.partition.SitePartitionedStep;
import no.followup.registry.batch.partition.SitePartitioner;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code safetySignals(asOf)}: one partition per site reviews every record dated up to the as-of
 * date. A partition is one transaction; a restart reruns only the sites that had not finished, and
 * since signals are unique per kind and record, nothing is raised twice.
 */
@Configuration(proxyBeanMethods = false)
class SafetySignalsJobConfiguration {

  static final String JOB = "safetySignals";

  @Bean
  Job safetySignals(JobRepository jobs, Step safetySignalsBySite) {
    return new JobBuilder(JOB, jobs).start(safetySignalsBySite).build();
  }

  @Bean
  Step safetySignalsBySite(JobRepository jobs, Step safetySignalsSite, SitePartitioner sites) {
    return SitePartitionedStep.of("safetySignalsBySite", jobs, safetySignalsSite, sites);
  }

  @Bean
  Step safetySignalsSite(
      JobRepository jobs, PlatformTransactionManager transactions, SiteSafetyReview review) {
    return SitePartitionedStep.perSite(
        "safetySignalsSite",
        jobs,
        transactions,
        (runId, site, asOf) -> review.review(SiteCode.of(site), asOf));
  }
}
