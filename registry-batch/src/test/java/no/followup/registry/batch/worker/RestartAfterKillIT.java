package no.followup.registry.batch.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.followup.registry.testsupport.ChildProcesses;
import no.followup.registry.testsupport.RegistryArguments;
import no.followup.registry.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The standalone worker is killed (SIGKILL, no chance to clean up) in the middle of a
 * follow-up-completeness run; the same command run again resumes it and ends with exactly the
 * figures of an uninterrupted run, redoing only the sites that had not finished.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartAfterKillIT {

  private static final TestDatabase DATABASE = TestDatabase.migrated();
  private static final int ENROLMENTS = 35_000;
  private static final String AS_OF = "2026-06-30";
  private static final String SITE_STEPS = "followUpCompletenessSite:%";

  private final JdbcClient jdbc = JdbcClient.create(DATABASE.dataSource());

  @BeforeAll
  void aLargeCohort() {
    jdbc.sql(
            """
            INSERT INTO participant (id, pseudonym, sex, birth_year)
            SELECT md5('p' || g)::uuid, md5('a' || g) || md5('b' || g), 'FEMALE', 1960 + g % 40
            FROM generate_series(1, ?) g
            """)
        .param(ENROLMENTS)
        .update();
    jdbc.sql(
            """
            INSERT INTO enrolment (id, participant_id, site_code, study_code, study_version, indication, enrolment_date,
                                   off_label_informed, registry_consent, consent_date, withdrawal_date, withdrawal_reason)
            SELECT md5('e' || g)::uuid, md5('p' || g)::uuid, (ARRAY['OUS','SOHF','KKO','HUS','SUS','STO','UNN'])[1 + g % 7],
                   'KETAMINE-TRD', 1, 'TREATMENT_RESISTANT_DEPRESSION', date '2025-01-01' + g % 500, true, true,
                   date '2025-01-01' + g % 500 - 10,
                   CASE WHEN g % 13 = 0 THEN date '2025-01-01' + g % 500 + 40 END,
                   CASE WHEN g % 13 = 0 THEN 'withdrew' END
            FROM generate_series(1, ?) g
            """)
        .param(ENROLMENTS)
        .update();
    jdbc.sql(
            """
            INSERT INTO assessment (id, enrolment_id, site_code, participant_id, assessment_date, visit_code, instrument,
                                    total_score)
            SELECT gen_random_uuid(), e.id, e.site_code, e.participant_id, e.enrolment_date + v.target_day + abs(hashtext(e.id::text || v.code)) % 9 - 4,
                   v.code, 'MADRS', 30 - v.ordinal
            FROM enrolment e JOIN study_visit v ON v.study_code = e.study_code AND v.study_version = e.study_version
            WHERE abs(hashtext(v.code || e.id::text)) % 5 <> 0
            """)
        .update();
  }

  @Test
  void a_killed_run_resumed_by_the_same_command_gives_the_figures_of_an_uninterrupted_run()
      throws Exception {
    Process first = runner("1", "killed");
    long execution = waitForFinishedSitePartition(first);
    first.destroyForcibly().waitFor();
    assertThat(status(execution))
        .as("a killed process leaves its execution running")
        .isEqualTo("STARTED");
    int sitesDoneBeforeKill = sitesCompleted(execution);

    Process resumed = runner("1", "resumed");
    assertThat(resumed.waitFor(5, TimeUnit.MINUTES)).isTrue();
    Process uninterrupted = runner("2", "uninterrupted");
    assertThat(uninterrupted.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(resumed.exitValue()).isZero();
    assertThat(uninterrupted.exitValue()).isZero();
    long resumedRun = runId("1");
    long uninterruptedRun = runId("2");
    assertThat(status(execution)).isEqualTo("FAILED");
    assertThat(sitePartitionsOfLastExecution(resumedRun))
        .as("the resumed execution reran only the sites unfinished at the kill")
        .isEqualTo(7 - sitesDoneBeforeKill);
    assertThat(differences("report_visit_status", resumedRun, uninterruptedRun)).isZero();
    assertThat(differences("report_follow_up_completeness", resumedRun, uninterruptedRun)).isZero();
    assertThat(rows("report_visit_status", resumedRun))
        .isEqualTo(rows("report_visit_status", uninterruptedRun))
        .isGreaterThan(ENROLMENTS);
    assertThat(completed(resumedRun)).isTrue();
  }

  private long waitForFinishedSitePartition(Process runner) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(runner.isAlive()).as("the runner ended before it could be killed").isTrue();
      List<Long> executions =
          jdbc.sql(
                  """
                  SELECT s.job_execution_id FROM batch_step_execution s
                  JOIN batch_job_execution j ON j.job_execution_id = s.job_execution_id
                  WHERE s.step_name LIKE ? AND s.status = 'COMPLETED' AND j.status = 'STARTED'
                  """)
              .param(SITE_STEPS)
              .query(Long.class)
              .list();
      if (!executions.isEmpty()) {
        return executions.get(0);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no site partition finished within 3 minutes");
  }

  private Process runner(String run, String log) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ChildProcesses.java());
    command.add("-cp");
    command.add(ChildProcesses.mainClassPath());
    command.add(BatchApplication.class.getName());
    command.add("--job=followUpCompleteness");
    command.add("--asOf=" + AS_OF);
    command.add("--run=" + run);
    command.add("--spring.datasource.url=" + DATABASE.settings().url());
    command.add("--spring.datasource.username=" + DATABASE.settings().user());
    command.addAll(RegistryArguments.keys());
    if (DATABASE.settings().password() != null) {
      command.add("--spring.datasource.password=" + DATABASE.settings().password());
    }
    File output = Path.of("target", "runner-" + log + ".log").toFile();
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
  }

  private String status(long execution) {
    return jdbc.sql("SELECT status FROM batch_job_execution WHERE job_execution_id = ?")
        .param(execution)
        .query(String.class)
        .single();
  }

  private int sitesCompleted(long execution) {
    return jdbc.sql(
            "SELECT count(*) FROM batch_step_execution WHERE job_execution_id = ? AND step_name LIKE ? AND status = 'COMPLETED'")
        .params(execution, SITE_STEPS)
        .query(Integer.class)
        .single();
  }

  private int sitePartitionsOfLastExecution(long runId) {
    return jdbc.sql(
            """
            SELECT count(*) FROM batch_step_execution
            WHERE step_name LIKE ? AND job_execution_id =
                  (SELECT max(job_execution_id) FROM batch_job_execution WHERE job_instance_id = ?)
            """)
        .params(SITE_STEPS, runId)
        .query(Integer.class)
        .single();
  }

  private long runId(String run) {
    return jdbc.sql(
            """
            SELECT i.job_instance_id FROM batch_job_instance i
            JOIN batch_job_execution e ON e.job_instance_id = i.job_instance_id
            JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
            WHERE i.job_name = 'followUpCompleteness' AND p.parameter_name = 'run' AND p.parameter_value = ?
            LIMIT 1
            """)
        .param(run)
        .query(Long.class)
        .single();
  }

  /** Rows of one run missing from the other, both ways, ignoring the run id. */
  private int differences(String table, long run, long otherRun) {
    String columns =
        jdbc.sql(
                """
                SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns
                WHERE table_name = ? AND column_name <> 'run_id'
                """)
            .param(table)
            .query(String.class)
            .single();
    String oneWay =
        "(SELECT %s FROM %s WHERE run_id = ? EXCEPT ALL SELECT %s FROM %s WHERE run_id = ?)"
            .formatted(columns, table, columns, table);
    return jdbc.sql(
            "SELECT (SELECT count(*) FROM "
                + oneWay
                + " a) + (SELECT count(*) FROM "
                + oneWay
                + " b)")
        .params(run, otherRun, otherRun, run)
        .query(Integer.class)
        .single();
  }

  private int rows(String table, long runId) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE run_id = ?")
        .param(runId)
        .query(Integer.class)
        .single();
  }

  private boolean completed(long runId) {
    return jdbc.sql("SELECT completed_at IS NOT NULL FROM report_run WHERE run_id = ?")
        .param(runId)
        .query(Boolean.class)
        .single();
  }
}
