package no.followup.registry.batch.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.report.NationalAggregationReport;
import no.followup.registry.application.report.NationalAggregationReport.AdverseEvents;
import no.followup.registry.application.report.NationalAggregationReport.Cohort;
import no.followup.registry.application.report.NationalAggregationReport.Report;
import no.followup.registry.application.report.NationalAggregationReport.Scope;
import no.followup.registry.application.report.NationalAggregationReport.SignalAssessments;
import no.followup.registry.application.report.NationalAggregationReport.VisitOutcome;
import no.followup.registry.batch.BatchTestDatabase;
import no.followup.registry.batch.Fixtures;
import no.followup.registry.batch.WorkerWithUseCases;
import no.followup.registry.batch.worker.BatchApplication;
import no.followup.registry.domain.site.SiteCode;
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
 * The national aggregation on a fixture whose figures are worked out by hand, as of 2026-03-01,
 * with the edge cases: a withdrawal mid-study (earlier data counts, status withdrawn), no baseline,
 * response at exactly half the baseline, remission at exactly 10, an induction series one infusion
 * too long, a dose above the maximum, 9 infusions in 28 days and 9 spread over 29, and records and
 * enrolments after the as-of date.
 */
@SpringBootTest(
    classes = {BatchApplication.class, WorkerWithUseCases.class},
    properties = {"spring.batch.job.enabled=false", "spring.batch.jdbc.initialize-schema=never"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalAggregationJobTest {

  private static final TestDatabase DATABASE = TestDatabase.migrated();
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final Actor COORDINATOR =
      new Actor("coordinator", Optional.empty(), Set.of(Role.COORDINATOR));

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BatchTestDatabase.use(DATABASE, properties);
  }

  @Autowired JobOperator jobOperator;
  @Autowired Job nationalAggregation;
  @Autowired NationalAggregationReport report;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void fixture() {
    Fixtures fixtures = new Fixtures(jdbc);
    // OUS, P1: 6 induction infusions, MADRS 30 → 20 → 10 (remission at exactly 10), nausea grade 1.
    UUID p1 = fixtures.enrol("OUS", date(1, 5), null);
    fixtures.assess(p1, "BASELINE", date(1, 5), 30);
    fixtures.assess(p1, "MIDWAY", date(1, 15), 20);
    fixtures.assess(p1, "END_OF_INDUCTION", date(1, 26), 10);
    fixtures.assess(p1, "MONTH_1", date(3, 5), 5); // after the as-of date
    for (int day : new int[] {5, 8, 12, 15, 19, 22}) {
      fixtures.infusion(p1, date(1, day), 0.5);
    }
    fixtures.infusion(p1, date(3, 2), 0.5); // after the as-of date
    fixtures.adverseEvent(p1, date(1, 8), "NAUSEA", false, 1, false);
    // OUS, P2: withdrawn on 20 Jan after 3 infusions; MADRS 40 → 18 (a responder), serious
    // cystitis.
    UUID p2 = fixtures.enrol("OUS", date(1, 5), date(1, 20));
    fixtures.assess(p2, "BASELINE", date(1, 5), 40);
    fixtures.assess(p2, "MIDWAY", date(1, 15), 18);
    for (int day : new int[] {5, 8, 12}) {
      fixtures.infusion(p2, date(1, day), 0.5);
    }
    fixtures.adverseEvent(p2, date(1, 12), "CYSTITIS", true, 3, true);
    // OUS, P3: no baseline, MADRS 25 at midway; 7 infusions in the induction period (one too many).
    UUID p3 = fixtures.enrol("OUS", date(1, 10), null);
    fixtures.assess(p3, "MIDWAY", date(1, 20), 25);
    IntStream.of(10, 13, 16, 19, 22, 25, 28).forEach(d -> fixtures.infusion(p3, date(1, d), 0.5));
    // OUS, P4: discontinued after one infusion above the maximum dose; MADRS 8 at baseline.
    UUID p4 = fixtures.enrol("OUS", date(2, 1), null);
    fixtures.discontinue(p4, date(2, 10));
    fixtures.assess(p4, "BASELINE", date(2, 1), 8);
    fixtures.infusion(p4, date(2, 1), 0.8);
    // ... and a new series from 5 March: after the as-of date, so still discontinued then.
    fixtures.nextEpisode(p4, "RETREATMENT", date(3, 5));
    // OUS, P5: enrolled after the as-of date.
    fixtures.enrol("OUS", date(3, 10), null);
    // SOHF, P7: maintenance, 9 infusions within 25 days (one more than 8 in 28 days).
    UUID p7 = fixtures.enrol("SOHF", LocalDate.of(2025, 10, 1), null);
    IntStream.of(1, 4, 7, 10, 13, 16, 19, 22, 25)
        .forEach(d -> fixtures.infusion(p7, LocalDate.of(2025, 11, d), 0.5));
    fixtures.nextEpisode(p7, "MAINTENANCE", LocalDate.of(2025, 11, 1));
    // SOHF, P8: 9 infusions, the first and last 28 days apart: never more than 8 in any 28 days.
    UUID p8 = fixtures.enrol("SOHF", LocalDate.of(2025, 10, 1), null);
    IntStream.of(1, 4, 7, 10, 13, 16, 19, 22, 29)
        .forEach(d -> fixtures.infusion(p8, LocalDate.of(2025, 11, d), 0.5));
    // SOHF, P9: 8 infusions and 8 esketamine sprays in 23 days: each drug within its own 8 in 28
    // days (together 16, which one limit for both would count as past it).
    UUID p9 = fixtures.enrol("SOHF", LocalDate.of(2025, 10, 1), null);
    IntStream.of(1, 4, 7, 10, 13, 16, 19, 22)
        .forEach(d -> fixtures.infusion(p9, LocalDate.of(2025, 11, d), 0.5));
    IntStream.of(2, 5, 8, 11, 14, 17, 20, 23)
        .forEach(d -> fixtures.spray(p9, LocalDate.of(2025, 11, d), 84));
    // SOHF, P10: 9 esketamine sprays within 25 days: past the spray's 8 in 28 days. A spray has no
    // mg/kg: never past the maximum dose.
    UUID p10 = fixtures.enrol("SOHF", LocalDate.of(2025, 10, 1), null);
    IntStream.of(1, 4, 7, 10, 13, 16, 19, 22, 25)
        .forEach(d -> fixtures.spray(p10, LocalDate.of(2025, 11, d), 56));
    // HUS, P6: MADRS 20 → 10 (a response at exactly half), 2 infusions, nausea now and after.
    UUID p6 = fixtures.enrol("HUS", date(1, 5), null);
    fixtures.assess(p6, "BASELINE", date(1, 5), 20);
    fixtures.assess(p6, "END_OF_INDUCTION", date(1, 26), 10);
    fixtures.infusion(p6, date(1, 5), 0.5);
    fixtures.infusion(p6, date(1, 8), 0.5);
    fixtures.adverseEvent(p6, date(1, 5), "NAUSEA", false, 1, false);
    fixtures.adverseEvent(p6, date(3, 3), "NAUSEA", false, 2, false);
    // How long response lasted (extra MADRS outside the schedule: the visit figures above keep
    // their own). P1 responded 26 Jan; 10 Feb 12 is still a response; 25 Feb 24 is no longer one
    // and at least the study's 22: a relapse after 30 days. P2 responded 15 Jan; 20 Feb 21 is no
    // longer a response but below 22: no relapse, censored after 36 days. P6 responded 26 Jan; 5
    // Feb 22: a relapse after 10 days.
    fixtures.assess(p1, "EXTRA_1", date(2, 10), 12);
    fixtures.assess(p1, "EXTRA_2", date(2, 25), 24);
    fixtures.assess(p2, "EXTRA_1", date(2, 20), 21);
    fixtures.assess(p6, "EXTRA_1", date(2, 5), 22);
    // Signals and how long they waited for a conclusion (minutes), as of 1 March, Norwegian time.
    signal(p1, "SERIOUS_ADVERSE_EVENT", "2026-01-08T10:00:00Z", 30);
    signal(p2, "SERIOUS_ADVERSE_EVENT", "2026-01-12T10:00:00Z", 90);
    signal(p2, "SPECIAL_INTEREST_EVENT", "2026-01-12T10:00:00Z", 600);
    signal(p3, "SERIOUS_ADVERSE_EVENT", "2026-02-01T10:00:00Z", 59.5); // 59 min 30 s: 60
    signal(p3, "SERIOUS_ADVERSE_EVENT", "2026-02-10T10:00:00Z", null); // not concluded
    signal(p4, "SERIOUS_ADVERSE_EVENT", "2026-02-28T22:00:00Z", 26 * 60); // closed 2 March
    signal(p4, "SERIOUS_ADVERSE_EVENT", "2026-03-01T23:30:00Z", 5); // raised 2 March in Oslo
    signal(p6, "SERIOUS_ADVERSE_EVENT", "2026-01-05T10:00:00Z", 120);
  }

  /** A signal raised at a moment and first closed the given minutes later (null: still open). */
  private void signal(UUID enrolment, String kind, String raisedAt, Double minutes) {
    java.time.Instant raised = java.time.Instant.parse(raisedAt);
    jdbc.sql(
            """
            INSERT INTO safety_signal (id, participant_id, site_code, kind, source_type, source_id,
                                       raised_at, detail, state, causality, expectedness, action_taken,
                                       first_closed_at)
            SELECT ?, participant_id, site_code, ?, 'adverse-event', ?, ?, 'fixture',
                   CASE WHEN ? THEN 'CLOSED' ELSE 'NEW' END,
                   CASE WHEN ? THEN 'POSSIBLE' END, CASE WHEN ? THEN 'EXPECTED' END,
                   CASE WHEN ? THEN 'NONE' END, ?
            FROM enrolment WHERE id = ?
            """)
        .params(
            UUID.randomUUID(),
            kind,
            UUID.randomUUID(),
            java.time.OffsetDateTime.ofInstant(raised, java.time.ZoneOffset.UTC),
            minutes != null,
            minutes != null,
            minutes != null,
            minutes != null,
            minutes == null
                ? null
                : java.time.OffsetDateTime.ofInstant(
                    raised.plusMillis((long) (minutes * 60_000)), java.time.ZoneOffset.UTC),
            enrolment)
        .update();
  }

  private void signal(UUID enrolment, String kind, String raisedAt, int minutes) {
    signal(enrolment, kind, raisedAt, Double.valueOf(minutes));
  }

  @Test
  void every_site_region_and_the_nation_has_the_hand_computed_figures() {
    JobExecution execution = run(1);
    assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

    Report figures = report.latest(COORDINATOR, AS_OF);

    assertThat(figures.runId()).isEqualTo(execution.getJobInstance().getInstanceId());
    assertThat(scope(figures, "SITE", "OUS").cohort())
        .isEqualTo(new Cohort(4, 2, 1, 1, 17, 4, new BigDecimal("4.25"), 2, 2, 1));
    assertThat(scope(figures, "SITE", "SOHF").cohort())
        .isEqualTo(new Cohort(4, 4, 0, 0, 43, 4, new BigDecimal("10.75"), 2, 0, 0));
    assertThat(scope(figures, "SITE", "HUS").cohort())
        .isEqualTo(new Cohort(1, 1, 0, 0, 2, 1, new BigDecimal("2.00"), 0, 1, 0));
    assertThat(scope(figures, "SITE", "UNN").cohort())
        .isEqualTo(new Cohort(0, 0, 0, 0, 0, 0, null, 0, 0, 0));
    assertThat(scope(figures, "REGION", "HELSE_SOR_OST").cohort())
        .isEqualTo(new Cohort(8, 6, 1, 1, 60, 8, new BigDecimal("7.50"), 4, 2, 1));
    assertThat(scope(figures, "NATIONAL", "NATIONAL").cohort())
        .isEqualTo(new Cohort(9, 7, 1, 1, 62, 9, new BigDecimal("6.89"), 4, 3, 1));

    assertThat(scope(figures, "SITE", "OUS").visits())
        .containsExactly(
            visit("BASELINE", 3, "26.00", 3, "0.00", 0, "0.000", 1, "0.333"),
            visit("MIDWAY", 3, "21.00", 2, "-16.00", 1, "0.500", 0, "0.000"),
            visit("END_OF_INDUCTION", 1, "10.00", 1, "-20.00", 1, "1.000", 1, "1.000"));
    assertThat(scope(figures, "SITE", "SOHF").visits()).isEmpty();
    assertThat(scope(figures, "NATIONAL", "NATIONAL").visits())
        .containsExactly(
            visit("BASELINE", 4, "24.50", 4, "0.00", 0, "0.000", 1, "0.250"),
            visit("MIDWAY", 3, "21.00", 2, "-16.00", 1, "0.500", 0, "0.000"),
            visit("END_OF_INDUCTION", 2, "10.00", 2, "-15.00", 2, "1.000", 2, "1.000"));

    assertThat(scope(figures, "SITE", "OUS").adverseEvents())
        .containsExactly(
            new AdverseEvents("CYSTITIS", 3, 1, 1, new BigDecimal("5.88")),
            new AdverseEvents("NAUSEA", 1, 1, 0, new BigDecimal("5.88")));
    // OUS: five serious-event signals raised by 1 March (not the one of 2 March), three concluded
    // by then (30, 60, 90 minutes; the one closed on 2 March was not yet); HUS one (120).
    assertThat(scope(figures, "SITE", "OUS").signalAssessments())
        .containsExactly(
            new SignalAssessments("SERIOUS_ADVERSE_EVENT", 5, 3, new BigDecimal("60.0"), 90),
            new SignalAssessments("SPECIAL_INTEREST_EVENT", 1, 1, new BigDecimal("600.0"), 600));
    assertThat(scope(figures, "REGION", "HELSE_SOR_OST").signalAssessments())
        .isEqualTo(scope(figures, "SITE", "OUS").signalAssessments());
    assertThat(scope(figures, "SITE", "SOHF").signalAssessments()).isEmpty();
    // The nation: 30, 60, 90, 120: the median between 60 and 90, the 90th percentile the 4th.
    assertThat(scope(figures, "NATIONAL", "NATIONAL").signalAssessments())
        .containsExactly(
            new SignalAssessments("SERIOUS_ADVERSE_EVENT", 6, 4, new BigDecimal("75.0"), 120),
            new SignalAssessments("SPECIAL_INTEREST_EVENT", 1, 1, new BigDecimal("600.0"), 600));
    assertThat(scope(figures, "NATIONAL", "NATIONAL").adverseEvents())
        .containsExactly(
            new AdverseEvents("CYSTITIS", 3, 1, 1, new BigDecimal("1.61")),
            new AdverseEvents("NAUSEA", 1, 2, 0, new BigDecimal("3.23")));
  }

  /**
   * The treatment course by hand, as of 1 March. OUS's four inductions: P1 5 Jan – 1 Mar (56 days,
   * 6 infusions; the one of 2 March is later), P2 5–20 Jan, withdrawn (16 days, 3), P3 10 Jan – 1
   * Mar (51 days, 7), P4 1–10 Feb, discontinued (10 days, 1; its new series starts after the date):
   * 133 days, 17 sessions. SOHF: P7's induction 1–31 Oct (31 days, none) and its maintenance from 1
   * Nov (121 days, 9); P8, P9, P10 in induction since 1 Oct (152 days each; 9, 16 and 9 sessions).
   * HUS: P6 5 Jan – 1 Mar (56 days, 2).
   */
  @Test
  void the_treatment_course_counts_episodes_their_patient_months_and_sessions_per_kind() {
    assertThat(run(6).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    Report figures = report.latest(COORDINATOR, AS_OF);

    assertThat(scope(figures, "SITE", "OUS").treatmentCourse())
        .containsExactly(
            episodes("INDUCTION", 4, 4, "4.4", 17, "3.89"),
            episodes("MAINTENANCE", 0, 0, "0.0", 0, null),
            episodes("RETREATMENT", 0, 0, "0.0", 0, null));
    assertThat(scope(figures, "SITE", "SOHF").treatmentCourse())
        .containsExactly(
            episodes("INDUCTION", 4, 4, "16.0", 34, "2.13"),
            episodes("MAINTENANCE", 1, 1, "4.0", 9, "2.26"),
            episodes("RETREATMENT", 0, 0, "0.0", 0, null));
    assertThat(scope(figures, "REGION", "HELSE_SOR_OST").treatmentCourse())
        .startsWith(episodes("INDUCTION", 8, 8, "20.4", 51, "2.50"));
    assertThat(scope(figures, "NATIONAL", "NATIONAL").treatmentCourse())
        .containsExactly(
            episodes("INDUCTION", 9, 9, "22.2", 53, "2.39"),
            episodes("MAINTENANCE", 1, 1, "4.0", 9, "2.26"),
            episodes("RETREATMENT", 0, 0, "0.0", 0, null));
  }

  private static NationalAggregationReport.Episodes episodes(
      String kind, int episodes, int participants, String months, long sessions, String rate) {
    return new NationalAggregationReport.Episodes(
        kind,
        episodes,
        participants,
        new BigDecimal(months),
        sessions,
        rate == null ? null : new BigDecimal(rate));
  }

  /**
   * The life tables and their Kaplan–Meier estimates, by hand. OUS: a relapse at 30 days, a
   * censoring at 36; the region adds SOHF (no responder): the same, so half still in response after
   * 30 days, the median 30. The nation adds HUS's relapse at 10 days: 3 at risk, 2/3 in response
   * after 10 days, 2/3 · 1/2 = 1/3 after 30; the median 30 days, its lower limit 10 (the lower
   * limit 2/3 · exp(−1.96 · √(1/6)) = 0.300 is below one half there), its upper limit not reached;
   * nobody was followed 3 months.
   */
  @Test
  void response_durability_is_the_kaplan_meier_estimate_of_each_scopes_pooled_life_table() {
    assertThat(run(5).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    Report figures = report.latest(COORDINATOR, AS_OF);

    assertThat(scope(figures, "SITE", "OUS").durability())
        .isEqualTo(
            new NationalAggregationReport.Durability(
                2, 1, new BigDecimal("0.500"), null, null, null, 30, 30, null));
    assertThat(scope(figures, "REGION", "HELSE_SOR_OST").durability())
        .isEqualTo(scope(figures, "SITE", "OUS").durability());
    assertThat(scope(figures, "SITE", "HUS").durability())
        .isEqualTo(
            new NationalAggregationReport.Durability(1, 1, null, null, null, null, 10, 10, 10));
    assertThat(scope(figures, "NATIONAL", "NATIONAL").durability())
        .isEqualTo(
            new NationalAggregationReport.Durability(
                3, 2, new BigDecimal("0.333"), null, null, null, 30, 10, null));
    assertThat(scope(figures, "SITE", "STO").durability())
        .isEqualTo(
            new NationalAggregationReport.Durability(
                0, 0, null, null, null, null, null, null, null));
  }

  @Test
  void a_site_lead_reads_only_their_own_sites_figures_and_site_staff_none() {
    run(2);
    Actor lead = new Actor("lead", Optional.of(SiteCode.of("HUS")), Set.of(Role.SITE_LEAD));
    Actor staff = new Actor("staff", Optional.of(SiteCode.of("HUS")), Set.of(Role.SITE_STAFF));

    assertThat(report.latest(lead, AS_OF).scopes())
        .extracting(Scope::level, Scope::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SITE", "HUS"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.latest(staff, AS_OF))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void two_runs_write_apart_and_readers_see_the_latest_complete_one() {
    long first = run(3).getJobInstance().getInstanceId();
    long second = run(4).getJobInstance().getInstanceId();

    assertThat(report.latest(COORDINATOR, AS_OF).runId()).isEqualTo(second);
    assertThat(rows(second)).isEqualTo(rows(first));
  }

  private int rows(long runId) {
    return jdbc.sql(
            """
            SELECT (SELECT count(*) FROM report_cohort WHERE run_id = :run)
                 + (SELECT count(*) FROM report_visit_outcome WHERE run_id = :run)
                 + (SELECT count(*) FROM report_adverse_event_count WHERE run_id = :run)
            """)
        .param("run", runId)
        .query(Integer.class)
        .single();
  }

  private static VisitOutcome visit(
      String visit,
      int assessed,
      String mean,
      int withBaseline,
      String meanChange,
      int responders,
      String responseRate,
      int remitters,
      String remissionRate) {
    return new VisitOutcome(
        visit,
        assessed,
        new BigDecimal(mean),
        withBaseline,
        new BigDecimal(meanChange),
        responders,
        new BigDecimal(responseRate),
        remitters,
        new BigDecimal(remissionRate));
  }

  private static Scope scope(Report report, String level, String code) {
    return report.scopes().stream()
        .filter(s -> s.level().equals(level) && s.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figures for " + level + " " + code));
  }

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  private JobExecution run(long run) {
    try {
      return jobOperator.start(
          nationalAggregation,
          new JobParametersBuilder()
              .addLocalDate("asOf", AS_OF)
              .addLong("run", run)
              .toJobParameters());
    } catch (Exception e) {
      throw new AssertionError("the job did not start", e);
    }
  }
}
