package no.followup.registry.batch.worker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs one job instance to its end: starts it, or, if a former process died in the middle of it,
 * marks that execution failed ({@code recover}) and restarts it so that only the unfinished work is
 * done again. A session-level PostgreSQL advisory lock on the run proves no other process is still
 * working on it: a killed process's connection closes and frees the lock.
 */
@Component
class StandaloneRuns {

  private static final Logger log = LoggerFactory.getLogger(StandaloneRuns.class);

  private final List<Job> jobs;
  private final JobOperator operator;
  private final JobRepository repository;
  private final DataSource dataSource;

  StandaloneRuns(
      List<Job> jobs, JobOperator operator, JobRepository repository, DataSource dataSource) {
    this.jobs = jobs;
    this.operator = operator;
    this.repository = repository;
    this.dataSource = dataSource;
  }

  JobExecution runOrResume(RunRequest request) {
    Job job =
        jobs.stream()
            .filter(j -> j.getName().equals(request.job()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no job named " + request.job()));
    JobParameters parameters =
        new JobParametersBuilder()
            .addLocalDate("asOf", request.asOf())
            .addLong("run", request.run())
            .toJobParameters();
    try (Connection lock = dataSource.getConnection()) {
      if (!tryLock(lock, request)) {
        throw new IllegalStateException(
            "another process is running " + request.job() + " as of " + request.asOf());
      }
      JobExecution execution = run(job, parameters);
      log.info(
          "{} as of {} (run {}): {} in execution {}",
          request.job(),
          request.asOf(),
          request.run(),
          execution.getStatus(),
          execution.getId());
      return execution;
    } catch (SQLException e) {
      throw new IllegalStateException("the registry database cannot be reached", e);
    }
  }

  private JobExecution run(Job job, JobParameters parameters) {
    Optional<JobExecution> last =
        Optional.ofNullable(repository.getLastJobExecution(job.getName(), parameters));
    try {
      if (last.isEmpty()) {
        return operator.start(job, parameters);
      }
      JobExecution previous = last.get();
      switch (previous.getStatus()) {
        case COMPLETED -> {
          log.info("this run already completed in execution {}", previous.getId());
          return previous;
        }
        case STARTING, STARTED, STOPPING, UNKNOWN -> {
          log.warn("execution {} was left {}: resuming it", previous.getId(), previous.getStatus());
          return operator.restart(operator.recover(previous));
        }
        default -> {
          return operator.restart(previous);
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("the job " + job.getName() + " could not run", e);
    }
  }

  private static boolean tryLock(Connection connection, RunRequest request) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
      statement.setString(
          1, "batch-run:" + request.job() + ":" + request.asOf() + ":" + request.run());
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }
}
