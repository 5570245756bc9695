package no.followup.registry.batch.quality;

import no.followup.registry.batch.partition.SitePartitionedStep;
import no.followup.registry.batch.partition.SitePartitioner;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code dataQuality(asOf)}: one partition per site runs every data-quality rule in one
 * transaction. A restart reruns only the unfinished sites, and findings are unique per rule and
 * record, so none is raised twice.
 */
@Configuration(proxyBeanMethods = false)
class DataQualityJobConfiguration {

  static final String JOB = "dataQuality";

  @Bean
  Job dataQuality(JobRepository jobs, Step dataQualityBySite) {
    return new JobBuilder(JOB, jobs).start(dataQualityBySite).build();
  }

  @Bean
  Step dataQualityBySite(JobRepository jobs, Step dataQualitySite, SitePartitioner sites) {
    return SitePartitionedStep.of("dataQualityBySite", jobs, dataQualitySite, sites);
  }

  @Bean
  Step dataQualitySite(
      JobRepository jobs, PlatformTransactionManager transactions, SiteQualityChecks checks) {
    return SitePartitionedStep.perSite(
        "dataQualitySite", jobs, transactions, (runId, site, asOf) -> checks.check(site, asOf));
  }
}
