package no.followup.registry.batch.launch;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Starts report jobs for coordinators without making them wait: the execution is created in the
 * JDBC job repository at once and runs on a background thread. Each start is a new job instance (a
 * {@code run} parameter), so two runs never mix.
 */
@Service
public class ReportJobs {

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
  public ReportJobs(
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
    background.setJobRegistry(new MapJobRegistry());
    background.setTaskExecutor(runners);
    background.afterPropertiesSet();
  }

  @PreDestroy
  void stop() {
    launcher.shutdownNow();
    runners.shutdown();
  }

  /**
   * Refuses at once when no job could be queued now: for callers that start theirs later (after
   * their transaction commits) and must still answer "busy" while they can.
   */
  public void requireRoom() {
    if (runners.getQueueSize() >= runners.getQueueCapacity()) {
      throw new JobsBusyException();
    }
  }

  /** The names of the jobs that can be started. */
  public Set<String> names() {
    return new TreeSet<>(jobs.keySet());
  }

  /** Starts the job for the as-of date and answers the new execution's id at once. */
  public long start(Actor actor, String jobName, LocalDate asOf) {
    requireCoordinator(actor);
    return launch(jobName, asOf, Map.of(), actor.name());
  }

  /**
   * Starts a job with further identifying parameters, for callers that checked access themselves
   * (dataset exports, which researchers may start).
   */
  public long launch(
      String jobName, LocalDate asOf, Map<String, String> parameters, String startedBy) {
    Job job =
        Optional.ofNullable(jobs.get(jobName)).orElseThrow(() -> new NotFoundException("job"));
    // A caller waiting here holds a request thread and a database connection: a burst of starts
    // is turned away at once rather than queued, so it cannot drain the API's connection pool.
    requireRoom();
    if (!starting.tryAcquire()) {
      throw new JobsBusyException();
    }
    try {
      return launcher
          .submit(
              CarriedLogContext.carrying(() -> startInBackground(job, asOf, parameters, startedBy)))
          .get();
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

  public JobRun execution(Actor actor, long executionId) {
    requireCoordinator(actor);
    JobExecution execution = repository.getJobExecution(executionId);
    if (execution == null) {
      throw new NotFoundException("job execution");
    }
    return new JobRun(
        execution.getId(),
        execution.getJobInstance().getJobName(),
        execution.getJobParameters().parameters().stream()
            .collect(Collectors.toMap(p -> p.name(), p -> String.valueOf(p.value()))),
        JobStatus.of(execution.getStatus()),
        execution.getExitStatus().getExitCode(),
        JobRun.instant(execution.getCreateTime()),
        JobRun.instant(execution.getStartTime()),
        JobRun.instant(execution.getEndTime()),
        execution.getStepExecutions().stream()
            .map(
                s ->
                    new JobRun.StepRun(
                        s.getStepName(),
                        JobStatus.of(s.getStatus()),
                        s.getReadCount(),
                        s.getWriteCount(),
                        s.getCommitCount(),
                        s.getRollbackCount()))
            .toList(),
        execution.getAllFailureExceptions().stream()
            .map(t -> t.getClass().getSimpleName())
            .toList());
  }

  private static void requireCoordinator(Actor actor) {
    if (!actor.isCoordinator()) {
      throw new AccessDeniedException("only coordinators run report jobs");
    }
  }
}
