package no.followup.registry.batch.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.followup.registry.batch.BatchTestDatabase;
import no.followup.registry.batch.Fixtures;
import no.followup.registry.batch.worker.BatchApplication;
import no.followup.registry.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Records stored without their signal (written straight into the tables) are caught, once. */
@SpringBootTest(
    classes = BatchApplication.class,
    properties = {"spring.batch.job.enabled=false", "spring.batch.jdbc.initialize-schema=never"})
class SafetySignalsJobTest {

  private static final TestDatabase DATABASE = TestDatabase.migrated();
  private static final LocalDate ENROLLED = LocalDate.of(2026, 1, 5);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BatchTestDatabase.use(DATABASE, properties);
  }

  @Autowired JobOperator jobOperator;
  @Autowired Job safetySignals;
  @Autowired JdbcClient jdbc;

  @Test
  void raises_each_signal_once_however_often_it_runs_and_ignores_records_after_the_as_of_date()
      throws Exception {
    Fixtures fixtures = new Fixtures(jdbc);
    UUID atOus = fixtures.enrol("OUS", ENROLLED, null);
    UUID highPressure = fixtures.infusion(atOus, ENROLLED.plusDays(1), 192, 97);
    fixtures.infusion(atOus, ENROLLED.plusDays(4), 150, 96);
    UUID atHus = fixtures.enrol("HUS", ENROLLED, null);
    UUID cystitis = fixtures.adverseEvent(atHus, ENROLLED.plusDays(30), "CYSTITIS", true, true);
    fixtures.adverseEvent(atHus, LocalDate.of(2026, 5, 1), "PSYCHOSIS", true, true);

    JobExecution first = run(LocalDate.of(2026, 3, 1), 1);
    JobExecution second = run(LocalDate.of(2026, 3, 1), 2);

    assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(signals())
        .containsExactlyInAnyOrder(
            "BLOOD_PRESSURE_HIGH infusion " + highPressure,
            "SERIOUS_ADVERSE_EVENT adverse-event " + cystitis,
            "URINARY_SYMPTOMS adverse-event " + cystitis);
  }

  private JobExecution run(LocalDate asOf, long run) throws Exception {
    return jobOperator.start(
        safetySignals,
        new JobParametersBuilder()
            .addLocalDate("asOf", asOf)
            .addLong("run", run)
            .toJobParameters());
  }

  private List<String> signals() {
    return jdbc.sql("SELECT kind || ' ' || source_type || ' ' || source_id FROM safety_signal")
        .query(String.class)
        .list();
  }
}
