package no.followup.registry.batch.job;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.report.JobRun;
import no.followup.registry.application.report.JobRunner;
import no.followup.registry.application.report.JobStartException;
import no.followup.registry.application.report.JobStatus;
import no.followup.registry.application.report.JobsBusyException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs the registry's jobs with Spring Batch without making callers wait: the execution is created
 * in the JDBC job repository at once and runs on a background thread. Each start is a new job
 * instance (a {@code run} parameter), so two runs never mix.
 */
@Service
class SpringBatchJobs implements JobRunner {

  private final Map<String, Job> jobs;
  private final JobRepository repository;
  private final TaskExecutorJobOperator background;

  // The job repository refuses to create an execution inside the caller's transaction (the
  // idempotent write's), so executions are created on a thread of their own.
  private final ExecutorService launcher =
      Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "report-job-launcher"));

  private final ThreadPoolTaskExecutor runners;

  /** How many callers may be starting a job at the same moment. */
  private final Semaphore starting = new Semaphore(STARTING_AT_ONCE);

  private static final int STARTING_AT_ONCE = 4;

  /**
   * At most {@code registry.jobs.max-running} jobs run at once (each holds a database connection
   * for its whole run, so unbounded jobs would starve the API's requests) and {@code
   * registry.jobs.max-queued} wait; a start beyond that is refused with {@link JobsBusyException}.
   */
  SpringBatchJobs(
      List<Job> jobs,
      JobRepository repository,
      @Value("${registry.jobs.max-running:2}") int maxRunning,
      @Value("${registry.jobs.max-queued:20}") int maxQueued)
      throws Exception {
    this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
    this.repository = repository;
    this.runners = new ThreadPoolTaskExecutor();
    runners.setThreadNamePrefix("report-job-");
    runners.setCorePoolSize(maxRunning);
    runners.setMaxPoolSize(maxRunning);
    runners.setQueueCapacity(maxQueued);
    runners.setWaitForTasksToCompleteOnShutdown(false);
    runners.setTaskDecorator(new CarriedLogContext());
    runners.initialize();
    this.background = new TaskExecutorJobOperator();
    background.setJobRepository(repository);
    // A restart finds its job here by name.
    MapJobRegistry registry = new MapJobRegistry();
    for (Job job : jobs) {
      registry.register(job);
    }
    background.setJobRegistry(registry);
    background.setTaskExecutor(runners);
    background.afterPropertiesSet();
  }

  @PreDestroy
  void stop() {
    launcher.shutdownNow();
    runners.shutdown();
  }

  @Override
  public void requireRoom() {
    if (runners.getQueueSize() >= runners.getQueueCapacity()) {
      throw new JobsBusyException();
    }
  }

  /** Every job but the dataset exports, whose job needs the export's id. */
  @Override
  public Set<String> reports() {
    return jobs.keySet().stream()
        .filter(name -> !name.endsWith("Export"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Override
  public List<JobRun> recent(int max) {
    return jobs.keySet().stream()
        .flatMap(name -> repository.getJobInstances(name, 0, max).stream())
        .flatMap(instance -> repository.getJobExecutions(instance).stream())
        .sorted(
            Comparator.comparing(
                    JobExecution::getCreateTime,
                    Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
                .reversed())
        .limit(max)
        .map(SpringBatchJobs::run)
        .toList();
  }

  @Override
  public long restart(long executionId) {
    JobExecution failed =
        find(executionId).orElseThrow(() -> new NotFoundException("job execution"));
    return onLauncher(
        failed.getJobInstance().getJobName(), () -> background.restart(failed).getId());
  }

  @Override
  public long start(
      String jobName, LocalDate asOf, Map<String, String> parameters, String startedBy) {
    Job job =
        Optional.ofNullable(jobs.get(jobName)).orElseThrow(() -> new NotFoundException("job"));
    return onLauncher(jobName, () -> startInBackground(job, asOf, parameters, startedBy));
  }

  @Override
  public Optional<JobRun> execution(long executionId) {
    return find(executionId).map(SpringBatchJobs::run);
  }

  /**
   * Runs a start or restart on the launcher thread and answers the execution's id. A caller waiting
   * here holds a request thread and a database connection: a burst of starts is turned away at once
   * rather than queued, so it cannot drain the API's connection pool.
   */
  private long onLauncher(String jobName, Callable<Long> start) {
    requireRoom();
    if (!starting.tryAcquire()) {
      throw new JobsBusyException();
    }
    try {
      return launcher.submit(CarriedLogContext.carrying(start)).get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof JobStartException notStarted
          ? notStarted
          : new JobStartException(jobName, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JobStartException(jobName, e);
    } finally {
      starting.release();
    }
  }

  private long startInBackground(
      Job job, LocalDate asOf, Map<String, String> parameters, String startedBy) {
    JobParametersBuilder builder =
        new JobParametersBuilder()
            .addLocalDate("asOf", asOf)
            // Each start is its own job instance, on any API instance (nanoTime could repeat).
            .addString("run", UUID.randomUUID().toString())
            .addString("startedBy", startedBy, false);
    parameters.forEach(builder::addString);
    try {
      return background.start(job, builder.toJobParameters()).getId();
    } catch (Exception e) {
      throw new JobStartException(job.getName(), e);
    }
  }

  private Optional<JobExecution> find(long executionId) {
    try {
      return Optional.ofNullable(repository.getJobExecution(executionId));
    } catch (EmptyResultDataAccessException e) {
      // Spring Batch 6's JDBC repository says "none" so.
      return Optional.empty();
    }
  }

  private static JobRun run(JobExecution execution) {
    return new JobRun(
        execution.getId(),
        execution.getJobInstance().getJobName(),
        execution.getJobParameters().parameters().stream()
            .collect(Collectors.toMap(p -> p.name(), p -> String.valueOf(p.value()))),
        status(execution.getStatus()),
        execution.getExitStatus().getExitCode(),
        instant(execution.getCreateTime()),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()),
        execution.getStepExecutions().stream()
            .map(
                s ->
                    new JobRun.StepRun(
                        s.getStepName(),
                        status(s.getStatus()),
                        s.getReadCount(),
                        s.getWriteCount(),
                        s.getCommitCount(),
                        s.getRollbackCount()))
            .toList(),
        execution.getAllFailureExceptions().stream()
            .map(t -> t.getClass().getSimpleName())
            .toList());
  }

  /**
   * Spring Batch keeps its times as local date-times of the JVM that ran the job; an instant says
   * which moment they were wherever the caller reads them.
   */
  private static Instant instant(LocalDateTime batchTime) {
    return batchTime == null ? null : batchTime.atZone(ZoneId.systemDefault()).toInstant();
  }

  private static JobStatus status(BatchStatus status) {
    return JobStatus.valueOf(status.name());
  }
}
