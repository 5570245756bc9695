package no.followup.registry.batch.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.batch.BatchTestDatabase;
import no.followup.registry.batch.Fixtures;
import no.followup.registry.batch.worker.BatchApplication;
import no.followup.registry.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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

/**
 * Follow-up completeness on a fixture whose figures are worked out by hand (windows of KETAMINE-TRD
 * v1 relative to enrolment day 0: baseline −14..0, midway 7..14, end of induction 18..28, month 1
 * 44..58, month 3 98..126), as of 2026-03-01.
 */
@SpringBootTest(
    classes = BatchApplication.class,
    properties = {"spring.batch.job.enabled=false", "spring.batch.jdbc.initialize-schema=never"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpCompletenessJobTest {

  private static final TestDatabase DATABASE = TestDatabase.migrated();
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BatchTestDatabase.use(DATABASE, properties);
  }

  @Autowired JobOperator jobOperator;
  @Autowired Job followUpCompleteness;
  @Autowired JdbcClient jdbc;
  private Fixtures fixtures;

  @BeforeAll
  void fixture() {
    fixtures = new Fixtures(jdbc);
    // A at OUS, enrolled 5 Jan (day 55 on 1 Mar): baseline on day 0 (window edge, in window),
    // midway on
    // day 16 (late), end of induction only after the as-of date (so missing), month 1 open.
    UUID a = fixtures.enrol("OUS", JAN_5, null);
    fixtures.assess(a, "BASELINE", JAN_5);
    fixtures.assess(a, "MIDWAY", JAN_5.plusDays(16));
    fixtures.assess(a, "END_OF_INDUCTION", LocalDate.of(2026, 3, 5));
    // B at OUS, withdrawn on day 15: baseline in window, midway missing, later visits not expected.
    UUID b = fixtures.enrol("OUS", JAN_5, JAN_5.plusDays(15));
    fixtures.assess(b, "BASELINE", JAN_5.minusDays(3));
    // C at OUS, enrolled after the as-of date: not counted.
    fixtures.enrol("OUS", LocalDate.of(2026, 3, 10), null);
    // D at HUS, enrolled 20 Feb (day 9): baseline missing, midway open.
    fixtures.enrol("HUS", LocalDate.of(2026, 2, 20), null);
    // E at SOHF, died on day 15: baseline in window, midway (closed day 14) missing; the end of
    // induction and month 1 (open on 1 March, were E alive) are not expected.
    UUID e = fixtures.enrol("SOHF", JAN_5, null);
    fixtures.assess(e, "BASELINE", JAN_5);
    fixtures.died(e, JAN_5.plusDays(15));
    // F at STO, enrolled under version 2 of the study, which adds a visit at two weeks: F is
    // followed by version 2's schedule, everyone else still by version 1's.
    studyVersion2WithAVisitAtTwoWeeks();
    UUID f = fixtures.enrol("STO", JAN_5, null);
    jdbc.sql("UPDATE enrolment SET study_version = 2 WHERE id = ?").param(f).update();
    fixtures.assess(f, "BASELINE", JAN_5);
  }

  private void studyVersion2WithAVisitAtTwoWeeks() {
    jdbc.sql(
            """
            INSERT INTO study (code, version, name, max_dose_mg_per_kg, induction_infusions, induction_period_days,
                               max_infusions_per_28_days, limit_enforcement)
            SELECT code, 2, name, max_dose_mg_per_kg, induction_infusions, induction_period_days,
                   max_infusions_per_28_days, limit_enforcement
            FROM study WHERE code = 'KETAMINE-TRD' AND version = 1
            """)
        .update();
    jdbc.sql(
            """
            INSERT INTO study_visit (study_code, study_version, code, label, ordinal, target_day, window_days_before,
                                     window_days_after, episode_kind)
            SELECT study_code, 2, code, label, ordinal * 10, target_day, window_days_before, window_days_after, episode_kind
            FROM study_visit WHERE study_code = 'KETAMINE-TRD' AND study_version = 1
            UNION ALL
            SELECT 'KETAMINE-TRD', 2, 'WEEK_2', 'Two weeks after the start', 25, 14, 3, 3, 'INDUCTION'
            """)
        .update();
    jdbc.sql(
            """
            INSERT INTO study_instrument (study_code, study_version, code, label, item_count, item_max)
            SELECT study_code, 2, code, label, item_count, item_max
            FROM study_instrument WHERE study_code = 'KETAMINE-TRD' AND study_version = 1
            """)
        .update();
  }

  @Test
  void an_enrolment_of_version_2_is_counted_by_version_2s_schedule() {
    long runId = run(AS_OF, 4).getJobInstance().getInstanceId();

    assertThat(missing(runId, "STO"))
        .as("F missed the midway, the two-week and the end-of-induction visits of version 2")
        .containsExactlyInAnyOrder("MIDWAY", "WEEK_2", "END_OF_INDUCTION");
    assertThat(missing(runId, "OUS"))
        .as("version 1's enrolments have no two-week visit")
        .containsExactlyInAnyOrder("END_OF_INDUCTION", "MIDWAY");
  }

  @Test
  void counts_every_sites_due_received_late_open_and_missing_visits_exactly() {
    JobExecution execution = run(AS_OF, 1);

    assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    long runId = execution.getJobInstance().getInstanceId();
    assertThat(figures(runId, "OUS")).isEqualTo(List.of(6, 2, 1, 1, 2));
    assertThat(figures(runId, "HUS")).isEqualTo(List.of(2, 0, 0, 1, 1));
    assertThat(figures(runId, "UNN")).isEqualTo(List.of(0, 0, 0, 0, 0));
    assertThat(figures(runId, "SOHF")).isEqualTo(List.of(2, 1, 0, 0, 1));
    assertThat(
            jdbc.sql("SELECT completed_at IS NOT NULL FROM report_run WHERE run_id = ?")
                .param(runId)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(missing(runId, "OUS")).containsExactlyInAnyOrder("END_OF_INDUCTION", "MIDWAY");
    assertThat(
            jdbc.sql("SELECT status FROM batch_job_execution WHERE job_execution_id = ?")
                .param(execution.getId())
                .query(String.class)
                .single())
        .as("the job repository is PostgreSQL, so a crashed run can be restarted")
        .isEqualTo("COMPLETED");
  }

  @Test
  void two_runs_never_mix_and_a_second_run_gives_the_same_figures() {
    long first = run(AS_OF, 2).getJobInstance().getInstanceId();
    long second = run(AS_OF, 3).getJobInstance().getInstanceId();

    assertThat(second).isNotEqualTo(first);
    assertThat(figures(second, "OUS")).isEqualTo(figures(first, "OUS"));
    assertThat(
            jdbc.sql("SELECT count(*) FROM report_visit_status WHERE run_id = ?")
                .param(second)
                .query(Integer.class)
                .single())
        .isEqualTo(
            jdbc.sql("SELECT count(*) FROM report_visit_status WHERE run_id = ?")
                .param(first)
                .query(Integer.class)
                .single());
  }

  private JobExecution run(LocalDate asOf, long run) {
    try {
      return jobOperator.start(
          followUpCompleteness,
          new JobParametersBuilder()
              .addLocalDate("asOf", asOf)
              .addLong("run", run)
              .toJobParameters());
    } catch (Exception e) {
      throw new AssertionError("the job did not start", e);
    }
  }

  private List<Integer> figures(long runId, String site) {
    Map<String, Object> row =
        jdbc.sql("SELECT * FROM report_follow_up_completeness WHERE run_id = ? AND site_code = ?")
            .params(runId, site)
            .query()
            .singleRow();
    return List.of("visits_due", "received_in_window", "received_late", "open_now", "missing")
        .stream()
        .map(c -> ((Number) row.get(c)).intValue())
        .toList();
  }

  private List<String> missing(long runId, String site) {
    return jdbc.sql(
            "SELECT visit_code FROM report_visit_status WHERE run_id = ? AND site_code = ? AND state = 'MISSED'")
        .params(runId, site)
        .query(String.class)
        .list();
  }
}
