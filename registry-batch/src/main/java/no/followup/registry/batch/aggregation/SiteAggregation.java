package no.followup.registry.batch.aggregation;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the national aggregation. A site's figures are computed where the data is (set-based
 * SQL, no rows pulled into Java) and stored as additive parts; regions and the nation are then the
 * sums of their sites. Everything counts as of the run's date: enrolments, withdrawals,
 * discontinuations, infusions, scores and events after it are ignored.
 */
@Component
class SiteAggregation {

  static final String SITE = "SITE";

  private final JdbcClient jdbc;

  SiteAggregation(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the run's figures for one site (so a rerun after a crash writes them once). */
  void aggregate(long runId, String site, LocalDate asOf) {
    for (String table :
        new String[] {"report_cohort", "report_visit_outcome", "report_adverse_event_count"}) {
      jdbc.sql(
              "DELETE FROM "
                  + table
                  + " WHERE run_id = ? AND scope_level = 'SITE' AND scope_code = ?")
          .params(runId, site)
          .update();
    }
    jdbc.sql(COHORT).param("run", runId).param("site", site).param("asOf", asOf).update();
    jdbc.sql(VISIT_OUTCOMES).param("run", runId).param("site", site).param("asOf", asOf).update();
    jdbc.sql(ADVERSE_EVENTS).param("run", runId).param("site", site).param("asOf", asOf).update();
  }

  /** Adds the sites up per health region and for the nation. */
  void rollUp(long runId) {
    jdbc.sql("DELETE FROM report_cohort WHERE run_id = ? AND scope_level <> 'SITE'")
        .param(runId)
        .update();
    jdbc.sql("DELETE FROM report_visit_outcome WHERE run_id = ? AND scope_level <> 'SITE'")
        .param(runId)
        .update();
    jdbc.sql("DELETE FROM report_adverse_event_count WHERE run_id = ? AND scope_level <> 'SITE'")
        .param(runId)
        .update();
    // The scope level and the expression naming each scope: a site's region, or the one nation.
    for (String[] scopeAndCode :
        new String[][] {{"'REGION'", "s.region"}, {"'NATIONAL'", "'NATIONAL'"}}) {
      String level = scopeAndCode[0];
      String code = scopeAndCode[1];
      jdbc.sql(
              """
              INSERT INTO report_cohort
              SELECT c.run_id, %s, %s, sum(enrolled), sum(active), sum(withdrawn), sum(discontinued), sum(infusions),
                     sum(participants_infused), sum(participants_past_limits), sum(adverse_events),
                     sum(serious_adverse_events)
              FROM report_cohort c JOIN site s ON s.code = c.scope_code
              WHERE c.run_id = ? AND c.scope_level = 'SITE' GROUP BY 1, 2, 3
              """
                  .formatted(level, code))
          .param(runId)
          .update();
      jdbc.sql(
              """
              INSERT INTO report_visit_outcome
              SELECT v.run_id, %s, %s, visit_code, visit_ordinal, sum(assessed), sum(madrs_sum), sum(with_baseline),
                     sum(change_sum), sum(responders), sum(remitters)
              FROM report_visit_outcome v JOIN site s ON s.code = v.scope_code
              WHERE v.run_id = ? AND v.scope_level = 'SITE' GROUP BY 1, 2, 3, 4, 5
              """
                  .formatted(level, code))
          .param(runId)
          .update();
      jdbc.sql(
              """
              INSERT INTO report_adverse_event_count
              SELECT a.run_id, %s, %s, term, severity_grade, sum(events), sum(serious)
              FROM report_adverse_event_count a JOIN site s ON s.code = a.scope_code
              WHERE a.run_id = ? AND a.scope_level = 'SITE' GROUP BY 1, 2, 3, 4, 5
              """
                  .formatted(level, code))
          .param(runId)
          .update();
    }
  }

  /**
   * Status and exposure. An enrolment is past the protocol limits when one dose was above the
   * maximum, when the induction period (from enrolment) held more infusions than allowed, or when
   * any 28 days did (counted, as at submission, over the window ending at each infusion).
   */
  static final String COHORT =
      """
      INSERT INTO report_cohort (run_id, scope_level, scope_code, enrolled, active, withdrawn, discontinued, infusions,
                                 participants_infused, participants_past_limits, adverse_events, serious_adverse_events)
      WITH e AS (
          SELECT e.id, e.enrolment_date, st.max_dose_mg_per_kg, st.induction_infusions, st.induction_period_days,
                 st.max_infusions_per_28_days,
                 coalesce(e.withdrawal_date <= :asOf, false) AS withdrawn,
                 coalesce(e.discontinuation_date <= :asOf, false) AS discontinued
          FROM enrolment e JOIN study st ON st.code = e.study_code AND st.version = e.study_version
          WHERE e.site_code = :site AND e.enrolment_date <= :asOf),
      i AS (
          SELECT i.enrolment_id,
                 i.dose_mg_per_kg > e.max_dose_mg_per_kg AS over_dose,
                 count(*) OVER (PARTITION BY i.enrolment_id ORDER BY i.infusion_date
                                RANGE BETWEEN '27 days'::interval PRECEDING AND CURRENT ROW) > e.max_infusions_per_28_days
                     AS over_28_days,
                 i.infusion_date >= e.enrolment_date AND i.infusion_date < e.enrolment_date + e.induction_period_days
                     AS in_induction,
                 e.induction_infusions
          FROM infusion i JOIN e ON e.id = i.enrolment_id
          WHERE i.site_code = :site AND i.infusion_date <= :asOf),
      exposure AS (
          SELECT enrolment_id, count(*) AS infusions,
                 bool_or(over_dose) OR bool_or(over_28_days)
                     OR count(*) FILTER (WHERE in_induction) > max(induction_infusions) AS past_limits
          FROM i GROUP BY enrolment_id),
      ae AS (
          SELECT count(*) AS events, count(*) FILTER (WHERE a.serious) AS serious
          FROM adverse_event a JOIN e ON e.id = a.enrolment_id
          WHERE a.site_code = :site AND a.onset_date <= :asOf)
      SELECT :run, 'SITE', :site,
             (SELECT count(*) FROM e),
             (SELECT count(*) FROM e WHERE NOT withdrawn AND NOT discontinued),
             (SELECT count(*) FROM e WHERE withdrawn),
             (SELECT count(*) FROM e WHERE discontinued AND NOT withdrawn),
             (SELECT coalesce(sum(infusions), 0) FROM exposure),
             (SELECT count(*) FROM exposure),
             (SELECT count(*) FROM exposure WHERE past_limits),
             ae.events, ae.serious
      FROM ae
      """;

  /**
   * MADRS per visit. The study's first visit is its baseline; response and remission are those of
   * {@code DepressionOutcome}: a fall of at least half a positive baseline, a score of 10 or less.
   */
  static final String VISIT_OUTCOMES =
      """
      INSERT INTO report_visit_outcome (run_id, scope_level, scope_code, visit_code, visit_ordinal, assessed, madrs_sum,
                                        with_baseline, change_sum, responders, remitters)
      WITH m AS (
          SELECT a.enrolment_id, a.visit_code, v.ordinal, a.total_score
          FROM assessment a
          JOIN enrolment e ON e.id = a.enrolment_id
          JOIN study_visit v ON v.study_code = e.study_code AND v.study_version = e.study_version AND v.code = a.visit_code
          WHERE a.site_code = :site AND a.instrument = 'MADRS' AND a.assessment_date <= :asOf
            AND e.enrolment_date <= :asOf),
      b AS (SELECT enrolment_id, total_score AS baseline FROM m WHERE ordinal = 1)
      SELECT :run, 'SITE', :site, m.visit_code, m.ordinal, count(*), sum(m.total_score), count(b.baseline),
             coalesce(sum(m.total_score - b.baseline), 0),
             count(*) FILTER (WHERE b.baseline > 0 AND 2 * (b.baseline - m.total_score) >= b.baseline),
             count(*) FILTER (WHERE m.total_score <= 10)
      FROM m LEFT JOIN b USING (enrolment_id)
      GROUP BY m.visit_code, m.ordinal
      """;

  static final String ADVERSE_EVENTS =
      """
      INSERT INTO report_adverse_event_count (run_id, scope_level, scope_code, term, severity_grade, events, serious)
      SELECT :run, 'SITE', :site, a.term, a.severity_grade, count(*), count(*) FILTER (WHERE a.serious)
      FROM adverse_event a JOIN enrolment e ON e.id = a.enrolment_id
      WHERE a.site_code = :site AND a.onset_date <= :asOf AND e.enrolment_date <= :asOf
      GROUP BY a.term, a.severity_grade
      """;
}
