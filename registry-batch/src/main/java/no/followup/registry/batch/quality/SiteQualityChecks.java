package no.followup.registry.batch.quality;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The data-quality rules, each one SQL statement over one site's data up to the as-of date. A
 * finding is unique per rule and record, so running the checks again raises nothing twice. The
 * detail says what was seen in numbers and visit names, never who.
 */
@Component
class SiteQualityChecks {

  /** A MADRS total moving more than this between two assessments ... */
  static final int MADRS_JUMP_POINTS = 30;

  /** ... at most this many days apart is implausible (the scale does not move that fast). */
  static final int MADRS_JUMP_DAYS = 7;

  /** A weight change above this share between infusions 28 days apart or less is a likely typo. */
  static final int WEIGHT_CHANGE_PERCENT = 15;

  private static final String INSERT =
      """
      INSERT INTO data_quality_finding (id, rule, site_code, participant_id, record_type, record_id, detail, found_as_of)
      """;
  private static final String ON_CONFLICT =
      " ON CONFLICT (rule, record_type, record_id) DO NOTHING";

  /**
   * Rule name → the query finding its records (site_code, participant_id, type, id, detail). A
   * finding goes to the site that follows the participant now: it is the one that can correct the
   * record, whichever site entered it.
   */
  static final Map<String, String> RULES =
      Map.of(
          "ASSESSMENT_BEFORE_ENROLMENT",
          """
          SELECT e.site_code, a.participant_id, 'assessment', a.id,
                 a.instrument || ' at ' || a.visit_code || ' is dated ' || (e.enrolment_date - a.assessment_date)
                     || ' days before enrolment, before the visit window opens'
          FROM assessment a
          JOIN enrolment e ON e.id = a.enrolment_id
          JOIN study_visit v ON v.study_code = e.study_code AND v.study_version = e.study_version AND v.code = a.visit_code
          WHERE e.site_code = :site AND a.assessment_date <= :asOf AND a.assessment_date < e.enrolment_date
            AND a.assessment_date < CASE WHEN e.first_infusion_date <= :asOf THEN e.first_infusion_date
                                         ELSE e.enrolment_date END + v.target_day - v.window_days_before
          """,
          "MADRS_JUMP",
          """
          SELECT followed_at, participant_id, 'assessment', id,
                 'MADRS changed by ' || abs(total_score - previous_score) || ' points in '
                     || (assessment_date - previous_date) || ' days (' || previous_visit || ' to ' || visit_code || ')'
          FROM (SELECT a.*, e.site_code AS followed_at, lag(a.total_score) OVER w AS previous_score,
                       lag(a.assessment_date) OVER w AS previous_date, lag(a.visit_code) OVER w AS previous_visit
                FROM assessment a JOIN enrolment e ON e.id = a.enrolment_id
                WHERE e.site_code = :site AND a.instrument = 'MADRS' AND a.assessment_date <= :asOf
                WINDOW w AS (PARTITION BY a.enrolment_id ORDER BY a.assessment_date, a.id)) m
          WHERE previous_score IS NOT NULL AND assessment_date - previous_date <= :jumpDays
            AND abs(total_score - previous_score) > :jumpPoints
          """,
          "MISSING_BASELINE",
          """
          WITH first_visit AS (
              SELECT study_code, study_version, episode_kind, min(ordinal) AS ordinal FROM study_visit
              GROUP BY study_code, study_version, episode_kind),
          series AS (
              SELECT e.id, e.site_code, e.participant_id, a.episode,
                     (array_agg(a.visit_code ORDER BY v.ordinal))[1] AS first_scored,
                     bool_or(v.ordinal = f.ordinal) AS has_baseline
              FROM enrolment e
              JOIN assessment a ON a.enrolment_id = e.id AND a.instrument = 'MADRS' AND a.assessment_date <= :asOf
              JOIN study_visit v ON v.study_code = e.study_code AND v.study_version = e.study_version AND v.code = a.visit_code
              JOIN first_visit f ON f.study_code = v.study_code AND f.study_version = v.study_version
                                AND f.episode_kind = v.episode_kind
              WHERE e.site_code = :site AND v.episode_kind <> 'MAINTENANCE'
              GROUP BY e.id, e.site_code, e.participant_id, a.episode)
          SELECT site_code, participant_id, 'enrolment', id,
                 'MADRS at ' || (array_agg(first_scored ORDER BY episode))[1] || ' but none at baseline: change and response cannot be computed'
          FROM series
          WHERE NOT has_baseline
          GROUP BY site_code, participant_id, id
          """,
          "INFUSION_WITHOUT_VITAL_SIGNS",
          """
          SELECT e.site_code, i.participant_id, 'infusion', i.id,
                 'no ' || concat_ws(' and ', CASE WHEN i.systolic_max IS NULL THEN 'highest blood pressure' END,
                                    CASE WHEN i.spo2_min IS NULL AND i.route = 'INTRAVENOUS' THEN 'lowest oxygen saturation' END)
                     || ' recorded during the session'
          FROM infusion i JOIN enrolment e ON e.id = i.enrolment_id
          WHERE e.site_code = :site AND i.infusion_date <= :asOf
            AND (i.systolic_max IS NULL OR (i.spo2_min IS NULL AND i.route = 'INTRAVENOUS'))
          """,
          "WEIGHT_JUMP",
          """
          SELECT followed_at, participant_id, 'infusion', id,
                 'weight changed by ' || round(100 * abs(weight_kg - previous_weight) / previous_weight)
                     || ' % in ' || (infusion_date - previous_date) || ' days'
          FROM (SELECT i.*, e.site_code AS followed_at, lag(i.weight_kg) OVER w AS previous_weight,
                       lag(i.infusion_date) OVER w AS previous_date
                FROM infusion i JOIN enrolment e ON e.id = i.enrolment_id
                WHERE e.site_code = :site AND i.infusion_date <= :asOf AND i.weight_kg IS NOT NULL
                WINDOW w AS (PARTITION BY i.enrolment_id ORDER BY i.infusion_date, i.id)) i
          WHERE previous_weight IS NOT NULL AND infusion_date - previous_date <= 28
            AND 100 * abs(weight_kg - previous_weight) > :weightPercent * previous_weight
          """);

  private final JdbcClient jdbc;

  SiteQualityChecks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Runs every rule over the site's data; answers how many findings are new. */
  int check(String site, LocalDate asOf) {
    Map<String, Object> parameters =
        Map.of(
            "site", site,
            "asOf", asOf,
            "jumpDays", MADRS_JUMP_DAYS,
            "jumpPoints", MADRS_JUMP_POINTS,
            "weightPercent", WEIGHT_CHANGE_PERCENT);
    int raised = 0;
    for (Map.Entry<String, String> rule : RULES.entrySet()) {
      raised +=
          jdbc.sql(
                  INSERT
                      + "SELECT gen_random_uuid(), '"
                      + rule.getKey()
                      + "', found.*, CAST(:asOf AS date) FROM ("
                      + rule.getValue()
                      + ") found"
                      + ON_CONFLICT)
              .params(parameters)
              .update();
    }
    return raised;
  }
}
