package no.followup.registry.batch.partition;

import java.time.LocalDate;
import no.followup.registry.batch.job.CarriedLogContext;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A manager step that runs a worker step once per site, as many sites at a time as there are cores.
 */
public final class SitePartitionedStep {

  private SitePartitionedStep() {}

  /** One site's work as of the job's date; answers how many rows it wrote. */
  @FunctionalInterface
  public interface SiteWork {
    long run(long runId, String site, LocalDate asOf);
  }

  /**
   * A worker step doing one site's work in one transaction: a restart reruns only the sites whose
   * transaction had not committed.
   */
  public static Step perSite(
      String name, JobRepository jobs, PlatformTransactionManager transactions, SiteWork work) {
    return new StepBuilder(name, jobs)
        .tasklet(
            (contribution, chunk) -> {
              var step = contribution.getStepExecution();
              contribution.incrementWriteCount(
                  work.run(
                      ReportRuns.runId(contribution),
                      step.getExecutionContext().getString(SitePartitioner.SITE),
                      step.getJobExecution().getJobParameters().getLocalDate("asOf")));
              return RepeatStatus.FINISHED;
            },
            transactions)
        .build();
  }

  public static Step of(String name, JobRepository jobs, Step worker, SitePartitioner sites) {
    SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor(name + "-");
    workers.setTaskDecorator(new CarriedLogContext());
    workers.setConcurrencyLimit(Runtime.getRuntime().availableProcessors());
    return new StepBuilder(name, jobs)
        .partitioner(worker.getName(), sites)
        .step(worker)
        .taskExecutor(workers)
        .build();
  }
}
