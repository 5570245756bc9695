package no.followup.registry.batch.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
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
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every data-quality rule on data that breaks it, next to data just inside its limit, as of
 * 2026-03-01.
 */
@SpringBootTest(
    classes = BatchApplication.class,
    properties = {"spring.batch.job.enabled=false", "spring.batch.jdbc.initialize-schema=never"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataQualityJobTest {

  private static final TestDatabase DATABASE = TestDatabase.migrated();
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BatchTestDatabase.use(DATABASE, properties);
  }

  @Autowired JobOperator jobOperator;
  @Autowired Job dataQuality;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void fixture() {
    Fixtures fixtures = new Fixtures(jdbc);
    // Q1: baseline 15 days before enrolment (one day before its window); MADRS falls 31 points in
    // 7 days; weight 70 → 85 kg in 3 days.
    UUID q1 = fixtures.enrol("OUS", JAN_10, null);
    fixtures.assess(q1, "BASELINE", JAN_10.minusDays(15), 35);
    fixtures.assess(q1, "MIDWAY", JAN_10.plusDays(10), 35);
    fixtures.assess(q1, "END_OF_INDUCTION", JAN_10.plusDays(17), 4);
    fixtures.infusion(q1, JAN_10, 0.5);
    // A spray in between has no weight: the jump is between the infusions on either side of it.
    monitored(fixtures.spray(q1, JAN_10.plusDays(1), 84));
    weigh(fixtures.infusion(q1, JAN_10.plusDays(3), 0.5), 85);
    // Q2, just inside every limit: baseline 14 days before, 30 points in 7 days, +14 % in 3 days,
    // +19 % after 38 days.
    UUID q2 = fixtures.enrol("OUS", JAN_10, null);
    fixtures.assess(q2, "BASELINE", JAN_10.minusDays(14), 40);
    fixtures.assess(q2, "MIDWAY", JAN_10.plusDays(10), 40);
    fixtures.assess(q2, "END_OF_INDUCTION", JAN_10.plusDays(17), 10);
    fixtures.infusion(q2, JAN_10, 0.5);
    // A nasal spray with its blood pressure and no oxygen saturation: SpO2 is for infusions.
    monitored(fixtures.spray(q2, JAN_10.plusDays(2), 56));
    weigh(fixtures.infusion(q2, JAN_10.plusDays(3), 0.5), 80);
    weigh(fixtures.infusion(q2, JAN_10.plusDays(41), 0.5), 95);
    // Q3: 35 points, but over 9 days; an infusion without its highest blood pressure.
    UUID q3 = fixtures.enrol("OUS", JAN_10, null);
    fixtures.assess(q3, "BASELINE", JAN_10, 40);
    fixtures.assess(q3, "MIDWAY", JAN_10.plusDays(9), 5);
    UUID unmonitored = fixtures.infusion(q3, JAN_10, 0.5);
    jdbc.sql("UPDATE infusion SET systolic_max = NULL WHERE id = ?").param(unmonitored).update();
    // Q4: no baseline, and the midway score dated the day before enrolment.
    UUID q4 = fixtures.enrol("OUS", JAN_10, null);
    fixtures.assess(q4, "MIDWAY", JAN_10.minusDays(1), 30);
    // Q5 at HUS: no baseline.
    UUID q5 = fixtures.enrol("HUS", JAN_10, null);
    fixtures.assess(q5, "MIDWAY", JAN_10.plusDays(10), 30);
    // Q6 began at OUS and was transferred to SOHF: the jumps between OUS's entries and SOHF's are
    // SOHF's to look at (it follows the participant and can correct either record).
    UUID q6 = fixtures.enrol("OUS", JAN_10, null);
    fixtures.assess(q6, "BASELINE", JAN_10, 38);
    weigh(fixtures.infusion(q6, JAN_10, 0.5), 60);
    jdbc.sql(
            "UPDATE enrolment SET site_code = 'SOHF', transferred_from = 'OUS', transferred_on = ?"
                + " WHERE id = ?")
        .params(JAN_10.plusDays(5), q6)
        .update();
    fixtures.assess(q6, "MIDWAY", JAN_10.plusDays(6), 2);
    weigh(fixtures.infusion(q6, JAN_10.plusDays(6), 0.5), 75);
    // Q7 at SUS: a new series scored at its end but not at its own baseline (the induction's does
    // not count for it). Q8 at STO: a new series with its baseline.
    UUID q7 = fixtures.enrol("SUS", JAN_10, null);
    fixtures.assess(q7, "BASELINE", JAN_10, 30);
    fixtures.nextEpisode(q7, "RETREATMENT", JAN_10.plusDays(20));
    fixtures.assess(q7, "RT_END_OF_SERIES", JAN_10.plusDays(41), 12);
    UUID q8 = fixtures.enrol("STO", JAN_10, null);
    fixtures.assess(q8, "BASELINE", JAN_10, 30);
    fixtures.nextEpisode(q8, "RETREATMENT", JAN_10.plusDays(20));
    fixtures.assess(q8, "RT_BASELINE", JAN_10.plusDays(19), 28);
    fixtures.assess(q8, "RT_END_OF_SERIES", JAN_10.plusDays(41), 12);
  }

  @Test
  void finds_what_breaks_each_rule_and_nothing_just_inside_the_limits() {
    JobExecution execution = run(1);

    assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(
            jdbc.sql(
                    "SELECT site_code, rule, detail FROM data_quality_finding ORDER BY site_code, rule, detail")
                .query(
                    (rs, row) ->
                        tuple(
                            rs.getString("site_code"),
                            rs.getString("rule"),
                            rs.getString("detail")))
                .list())
        .containsExactly(
            tuple(
                "HUS",
                "MISSING_BASELINE",
                "MADRS at MIDWAY but none at baseline: change and response cannot be computed"),
            tuple(
                "OUS",
                "ASSESSMENT_BEFORE_ENROLMENT",
                "MADRS at BASELINE is dated 15 days before enrolment, before the visit window opens"),
            tuple(
                "OUS",
                "ASSESSMENT_BEFORE_ENROLMENT",
                "MADRS at MIDWAY is dated 1 days before enrolment, before the visit window opens"),
            tuple(
                "OUS",
                "INFUSION_WITHOUT_VITAL_SIGNS",
                "no highest blood pressure recorded during the session"),
            tuple(
                "OUS",
                "MADRS_JUMP",
                "MADRS changed by 31 points in 7 days (MIDWAY to END_OF_INDUCTION)"),
            tuple(
                "OUS",
                "MISSING_BASELINE",
                "MADRS at MIDWAY but none at baseline: change and response cannot be computed"),
            tuple("OUS", "WEIGHT_JUMP", "weight changed by 21 % in 3 days"),
            tuple(
                "SOHF", "MADRS_JUMP", "MADRS changed by 36 points in 6 days (BASELINE to MIDWAY)"),
            tuple("SOHF", "WEIGHT_JUMP", "weight changed by 25 % in 6 days"),
            tuple(
                "SUS",
                "MISSING_BASELINE",
                "MADRS at RT_END_OF_SERIES but none at baseline: change and response cannot be"
                    + " computed"));
  }

  @Test
  void running_again_raises_no_finding_twice() {
    run(2);
    int before = count();

    JobExecution again = run(3);

    assertThat(count()).isEqualTo(before).isEqualTo(10);
    assertThat(again.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum())
        .isZero();
  }

  private UUID weigh(UUID infusion, int kg) {
    jdbc.sql("UPDATE infusion SET weight_kg = ? WHERE id = ?").params(kg, infusion).update();
    return infusion;
  }

  /** The blood pressure measured around a session. */
  private void monitored(UUID session) {
    jdbc.sql("UPDATE infusion SET systolic_max = 140, diastolic_max = 85 WHERE id = ?")
        .param(session)
        .update();
  }

  private int count() {
    return jdbc.sql("SELECT count(*) FROM data_quality_finding").query(Integer.class).single();
  }

  private JobExecution run(long run) {
    try {
      return jobOperator.start(
          dataQuality,
          new JobParametersBuilder()
              .addLocalDate("asOf", AS_OF)
              .addLong("run", run)
              .toJobParameters());
    } catch (Exception e) {
      throw new AssertionError("the job did not start", e);
    }
  }
}
