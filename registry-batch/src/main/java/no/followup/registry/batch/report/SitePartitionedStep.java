package no.followup.registry.batch.report;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * A manager step that runs a worker step once per site, as many sites at a time as there are cores.
 */
public final class SitePartitionedStep {

  private SitePartitionedStep() {}

  public static Step of(String name, JobRepository jobs, Step worker, SitePartitioner sites) {
    SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor(name + "-");
    workers.setConcurrencyLimit(Runtime.getRuntime().availableProcessors());
    return new StepBuilder(name, jobs)
        .partitioner(worker.getName(), sites)
        .step(worker)
        .taskExecutor(workers)
        .build();
  }
}
