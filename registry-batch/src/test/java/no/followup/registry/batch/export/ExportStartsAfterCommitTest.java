package no.followup.registry.batch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.export.Datasets;
import no.followup.registry.application.export.ExportRequests;
import no.followup.registry.application.export.ExportStatus;
import no.followup.registry.batch.BatchTestDatabase;
import no.followup.registry.batch.WorkerWithUseCases;
import no.followup.registry.batch.worker.BatchApplication;
import no.followup.registry.testsupport.TestDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An export's job starts once its request is stored: a request whose transaction rolls back (the
 * API's idempotent write failing after it, say) leaves no export and no job writing a file.
 */
@SpringBootTest(
    classes = {BatchApplication.class, WorkerWithUseCases.class},
    properties = {
      "spring.batch.job.enabled=false",
      "spring.batch.jdbc.initialize-schema=never",
      "registry.schedules.enabled=false"
    })
class ExportStartsAfterCommitTest {

  private static final TestDatabase DATABASE = TestDatabase.migrated();
  private static final Actor RESEARCHER =
      new Actor("researcher", Optional.empty(), EnumSet.of(Role.RESEARCHER));

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BatchTestDatabase.use(DATABASE, properties);
    properties.add("registry.export.directory", () -> "target/test-exports/" + UUID.randomUUID());
  }

  @Autowired ExportRequests exports;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void a_request_rolled_back_starts_no_job_and_a_committed_one_runs() {
    TransactionTemplate request = new TransactionTemplate(transactions);
    String rolledBack =
        request.execute(
            status -> {
              String id =
                  exports.request(RESEARCHER, Datasets.AGGREGATED_OUTCOMES, asOf(), null).id();
              status.setRollbackOnly();
              return id;
            });
    String committed =
        request.execute(
            status -> exports.request(RESEARCHER, Datasets.AGGREGATED_OUTCOMES, asOf(), null).id());

    Awaitility.await("the committed export's run")
        .atMost(Duration.ofSeconds(60))
        .until(() -> exports.status(RESEARCHER, committed).status() == ExportStatus.COMPLETED);
    assertThat(jobsFor(committed)).isEqualTo(1);
    assertThat(jobsFor(rolledBack)).isZero();
    assertThat(
            jdbc.sql("SELECT count(*) FROM dataset_export WHERE id = ?")
                .param(rolledBack)
                .query(Long.class)
                .single())
        .isZero();
  }

  private long jobsFor(String exportId) {
    return jdbc.sql(
            "SELECT count(*) FROM batch_job_execution_params WHERE parameter_name = ? AND parameter_value = ?")
        .params(ExportJobConfiguration.EXPORT_ID, exportId)
        .query(Long.class)
        .single();
  }

  private static LocalDate asOf() {
    return LocalDate.of(2026, 3, 1);
  }
}
