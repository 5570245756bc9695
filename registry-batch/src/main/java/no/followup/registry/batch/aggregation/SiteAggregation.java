package no.followup.registry.batch.aggregation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the national aggregation's SQL ({@link AggregationQueries}). A site's figures are computed
 * where the data is (set-based SQL, no rows pulled into Java) and stored as additive parts; regions
 * and the nation are then the sums of their sites. Everything counts as of the run's date:
 * enrolments, withdrawals, discontinuations, infusions, scores and events after it are ignored.
 */
@Component
class SiteAggregation {

  private final JdbcClient jdbc;

  SiteAggregation(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The tables a site's figures go into. */
  private static final List<String> TABLES =
      List.of(
          "report_cohort",
          "report_visit_outcome",
          "report_adverse_event_count",
          "report_signal_assessment",
          "report_response_duration",
          "report_treatment_course",
          "report_episode_time_to_response",
          "report_episode_response_duration");

  /**
   * The additive tables summed per health region and for the nation in one pass each: the grouping
   * set of the region gives the region's row, the empty set the nation's.
   */
  private static final List<String> SUMS_BY_REGION_AND_NATION =
      List.of(
          """
          INSERT INTO report_cohort
          SELECT c.run_id, CASE WHEN grouping(s.region) = 0 THEN 'REGION' ELSE 'NATIONAL' END,
                 coalesce(s.region, 'NATIONAL'), sum(enrolled), sum(active), sum(withdrawn), sum(discontinued),
                 sum(infusions), sum(participants_infused), sum(participants_past_limits), sum(adverse_events),
                 sum(serious_adverse_events)
          FROM report_cohort c JOIN site s ON s.code = c.scope_code
          WHERE c.run_id = ? AND c.scope_level = 'SITE'
          GROUP BY c.run_id, GROUPING SETS ((s.region), ())
          """,
          """
          INSERT INTO report_visit_outcome
          SELECT v.run_id, CASE WHEN grouping(s.region) = 0 THEN 'REGION' ELSE 'NATIONAL' END,
                 coalesce(s.region, 'NATIONAL'), visit_code, visit_ordinal, sum(assessed), sum(madrs_sum),
                 sum(with_baseline), sum(change_sum), sum(responders), sum(remitters)
          FROM report_visit_outcome v JOIN site s ON s.code = v.scope_code
          WHERE v.run_id = ? AND v.scope_level = 'SITE'
          GROUP BY v.run_id, visit_code, visit_ordinal, GROUPING SETS ((s.region), ())
          """,
          """
          INSERT INTO report_adverse_event_count
          SELECT a.run_id, CASE WHEN grouping(s.region) = 0 THEN 'REGION' ELSE 'NATIONAL' END,
                 coalesce(s.region, 'NATIONAL'), term, severity_grade, sum(events), sum(serious)
          FROM report_adverse_event_count a JOIN site s ON s.code = a.scope_code
          WHERE a.run_id = ? AND a.scope_level = 'SITE'
          GROUP BY a.run_id, term, severity_grade, GROUPING SETS ((s.region), ())
          """,
          // The sites' life tables pooled: relapses and censorings at each number of days add up.
          """
          INSERT INTO report_response_duration
          SELECT d.run_id, CASE WHEN grouping(s.region) = 0 THEN 'REGION' ELSE 'NATIONAL' END,
                 coalesce(s.region, 'NATIONAL'), days, sum(relapses), sum(censored)
          FROM report_response_duration d JOIN site s ON s.code = d.scope_code
          WHERE d.run_id = ? AND d.scope_level = 'SITE'
          GROUP BY d.run_id, days, GROUPING SETS ((s.region), ())
          """,
          """
          INSERT INTO report_episode_time_to_response
          SELECT t.run_id, CASE WHEN grouping(s.region) = 0 THEN 'REGION' ELSE 'NATIONAL' END,
                 coalesce(s.region, 'NATIONAL'), episode_kind, days, sum(responders)
          FROM report_episode_time_to_response t JOIN site s ON s.code = t.scope_code
          WHERE t.run_id = ? AND t.scope_level = 'SITE'
          GROUP BY t.run_id, episode_kind, days, GROUPING SETS ((s.region), ())
          """,
          """
          INSERT INTO report_episode_response_duration
          SELECT d.run_id, CASE WHEN grouping(s.region) = 0 THEN 'REGION' ELSE 'NATIONAL' END,
                 coalesce(s.region, 'NATIONAL'), episode_kind, days, sum(relapses), sum(censored)
          FROM report_episode_response_duration d JOIN site s ON s.code = d.scope_code
          WHERE d.run_id = ? AND d.scope_level = 'SITE'
          GROUP BY d.run_id, episode_kind, days, GROUPING SETS ((s.region), ())
          """,
          """
          INSERT INTO report_treatment_course
          SELECT t.run_id, CASE WHEN grouping(s.region) = 0 THEN 'REGION' ELSE 'NATIONAL' END,
                 coalesce(s.region, 'NATIONAL'), episode_kind, sum(episodes), sum(participants),
                 sum(person_days), sum(sessions)
          FROM report_treatment_course t JOIN site s ON s.code = t.scope_code
          WHERE t.run_id = ? AND t.scope_level = 'SITE'
          GROUP BY t.run_id, episode_kind, GROUPING SETS ((s.region), ())
          """);

  /**
   * Replaces the run's figures for one site (so a rerun after a crash writes them once). Runs in
   * the caller's transaction.
   */
  void aggregate(long runId, String site, LocalDate asOf) {
    // Each statement is planned for its site and date: a generic plan, which the driver's
    // prepared statements get after a few runs, cannot tell a site's few hundred scores from the
    // nation's and took the outcomes by visit from 0.2 to 2.7 s at 10,000 participants.
    jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
    for (String table : TABLES) {
      jdbc.sql(
              "DELETE FROM "
                  + table
                  + " WHERE run_id = ? AND scope_level = 'SITE' AND scope_code = ?")
          .params(runId, site)
          .update();
    }
    for (String statement : AggregationQueries.all()) {
      jdbc.sql(statement).param("run", runId).param("site", site).param("asOf", asOf).update();
    }
  }

  /** Adds the sites up per health region and for the nation. */
  void rollUp(long runId) {
    for (String table : TABLES) {
      jdbc.sql("DELETE FROM " + table + " WHERE run_id = ? AND scope_level <> 'SITE'")
          .param(runId)
          .update();
    }
    for (String sums : SUMS_BY_REGION_AND_NATION) {
      jdbc.sql(sums).param(runId).update();
    }
    // The waiting times of the scope's sites, joined and sorted (percentiles do not add up).
    for (String[] scopeAndCode :
        new String[][] {{"'REGION'", "s.region"}, {"'NATIONAL'", "'NATIONAL'"}}) {
      String level = scopeAndCode[0];
      String code = scopeAndCode[1];
      jdbc.sql(
              """
              INSERT INTO report_signal_assessment
              SELECT a.run_id, %s, %s, a.kind, sum(a.raised), sum(a.assessed),
                     coalesce((SELECT array_agg(m ORDER BY m)
                               FROM report_signal_assessment b JOIN site t ON t.code = b.scope_code,
                                    unnest(b.minutes) AS m
                               WHERE b.run_id = a.run_id AND b.scope_level = 'SITE' AND b.kind = a.kind
                                 AND %s = %s), '{}')
              FROM report_signal_assessment a JOIN site s ON s.code = a.scope_code
              WHERE a.run_id = ? AND a.scope_level = 'SITE' GROUP BY 1, 2, 3, 4
              """
                  .formatted(level, code, code, code.replace("s.", "t.")))
          .param(runId)
          .update();
    }
  }
}
