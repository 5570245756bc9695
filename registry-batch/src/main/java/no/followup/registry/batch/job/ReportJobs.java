package no.followup.registry.batch.job;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import no.followup.registry.application.ConflictException;
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
import org.springframework.dao.EmptyResultDataAccessException;
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

  /**
   * Refuses at once when no job could be queued now: for callers that start theirs later (after
   * their transaction commits) and must still answer "busy" while they can.
   */
  public void requireRoom() {
    if (runners.getQueueSize() >= runners.getQueueCapacity()) {
      throw new JobsBusyException();
    }
  }

  /**
   * The jobs a coordinator starts by name: every job but the dataset exports, which start from an
   * export request (their job needs the export's id).
   */
  public Set<String> reports() {
    return jobs.keySet().stream()
        .filter(name -> !name.endsWith("Export"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The latest executions of every job, newest first. */
  public List<JobRun> recent(Actor actor, int max) {
    requireCoordinator(actor);
    return jobs.keySet().stream()
        .flatMap(name -> repository.getJobInstances(name, 0, max).stream())
        .flatMap(instance -> repository.getJobExecutions(instance).stream())
        .sorted(
            Comparator.comparing(
                    JobExecution::getCreateTime,
                    Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
                .reversed())
        .limit(max)
        .map(ReportJobs::run)
        .toList();
  }

  /**
   * Runs a failed or stopped execution again: its completed steps (and sites) are kept, the rest
   * runs anew. Answers the new execution's id.
   */
  public long restart(Actor actor, long executionId) {
    requireCoordinator(actor);
    JobExecution failed = find(executionId);
    JobStatus status = JobStatus.of(failed.getStatus());
    if (status != JobStatus.FAILED && status != JobStatus.STOPPED) {
      throw new ConflictException(
          "not-restartable",
          "only a failed or stopped run can be restarted; this one is " + status);
    }
    return onLauncher(
        failed.getJobInstance().getJobName(), () -> background.restart(failed).getId());
  }

  /** Starts the job for the as-of date and answers the new execution's id at once. */
  public long start(Actor actor, String jobName, LocalDate asOf) {
    requireCoordinator(actor);
    if (!reports().contains(jobName)) {
      // An export's job without its export would write a file no export row accounts for.
      throw new NotFoundException("job");
    }
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
    return onLauncher(jobName, () -> startInBackground(job, asOf, parameters, startedBy));
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

  public JobRun execution(Actor actor, long executionId) {
    requireCoordinator(actor);
    return run(find(executionId));
  }

  private JobExecution find(long executionId) {
    try {
      return Optional.ofNullable(repository.getJobExecution(executionId))
          .orElseThrow(() -> new NotFoundException("job execution"));
    } catch (EmptyResultDataAccessException e) {
      // Spring Batch 6's JDBC repository says "none" so.
      throw new NotFoundException("job execution");
    }
  }

  private static JobRun run(JobExecution execution) {
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
