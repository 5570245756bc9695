package no.followup.registry.batch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.report.JobRun;
import no.followup.registry.application.report.JobStatus;
import no.followup.registry.application.report.ReportJobs;
import no.followup.registry.batch.BatchTestDatabase;
import no.followup.registry.batch.WorkerWithUseCases;
import no.followup.registry.batch.worker.BatchApplication;
import no.followup.registry.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What the coordinators' jobs page relies on: the reports to start, the history, restarts. */
@SpringBootTest(
    classes = {BatchApplication.class, WorkerWithUseCases.class},
    properties = {
      "spring.batch.job.enabled=false",
      "spring.batch.jdbc.initialize-schema=never",
      "registry.schedules.enabled=false"
    })
class ReportJobsTest {

  private static final TestDatabase DATABASE = TestDatabase.migrated();
  private static final Actor COORDINATOR =
      new Actor("coordinator", Optional.empty(), Set.of(Role.COORDINATOR));
  private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BatchTestDatabase.use(DATABASE, properties);
  }

  @Autowired ReportJobs jobs;
  @Autowired JobRepository repository;

  @Test
  void the_reports_to_start_by_name_leave_the_dataset_exports_out() {
    assertThat(jobs.reports())
        .contains("dataQuality", "followUpCompleteness", "nationalAggregation", "safetySignals")
        .noneMatch(name -> name.endsWith("Export"));
  }

  @Test
  void a_failed_run_restarts_as_a_new_execution_and_a_completed_one_does_not() {
    long first = jobs.start(COORDINATOR, "dataQuality", AS_OF);
    ended(first);
    assertThat(jobs.recent(COORDINATOR, 5))
        .first()
        .extracting(JobRun::executionId)
        .isEqualTo(first);
    assertThatThrownBy(() -> jobs.restart(COORDINATOR, first))
        .isInstanceOf(ConflictException.class);

    JobExecution failed = repository.getJobExecution(first);
    failed.setStatus(BatchStatus.FAILED);
    failed.setExitStatus(ExitStatus.FAILED);
    repository.update(failed);
    long again = jobs.restart(COORDINATOR, first);

    assertThat(again).isNotEqualTo(first);
    assertThat(ended(again).status()).isEqualTo(JobStatus.COMPLETED);
    assertThat(ended(again).asOf()).isEqualTo(AS_OF);
    assertThat(jobs.recent(COORDINATOR, 5)).extracting(JobRun::executionId).startsWith(again);
  }

  @Test
  void runs_started_together_by_several_coordinators_all_complete() {
    List<Long> started =
        IntStream.range(0, 8)
            .mapToObj(
                i ->
                    jobs.start(
                        COORDINATOR, i % 2 == 0 ? "followUpCompleteness" : "dataQuality", AS_OF))
            .toList();

    assertThat(started)
        .allSatisfy(run -> assertThat(ended(run).status()).isEqualTo(JobStatus.COMPLETED));
  }

  private JobRun ended(long execution) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              JobStatus status = jobs.execution(COORDINATOR, execution).status();
              return status != JobStatus.STARTING && status != JobStatus.STARTED;
            });
    return jobs.execution(COORDINATOR, execution);
  }
}
