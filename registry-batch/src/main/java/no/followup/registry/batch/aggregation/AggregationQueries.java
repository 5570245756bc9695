package no.followup.registry.batch.aggregation;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that computes one site's figures as of a date (parameters {@code :run}, {@code :site},
 * {@code :asOf}), each an INSERT of a SELECT. Public so that the benchmark can run the same SELECTs
 * bare, as the plain-SQL baseline of the job.
 */
public final class AggregationQueries {

  private AggregationQueries() {}

  /** The statements of a site, in order. */
  public static List<String> all() {
    return List.of(
        COHORT,
        VISIT_OUTCOMES,
        ADVERSE_EVENTS,
        SIGNAL_ASSESSMENT,
        RESPONSE_DURATION,
        TREATMENT_COURSE,
        EPISODE_RESPONSES);
  }

  /** A SELECT computing the figures of one table, as plain SQL would. */
  public record PlainSelect(String table, String sql) {}

  /**
   * What plain SQL computing the same figures runs: each statement's SELECT alone, one per table
   * (the responses per episode kind as two queries, each reading the episodes' courses).
   */
  public static List<PlainSelect> plainSelects() {
    List<PlainSelect> selects = new ArrayList<>();
    for (String statement : all()) {
      if (statement.equals(EPISODE_RESPONSES)) {
        selects.add(
            new PlainSelect(
                "report_episode_time_to_response",
                "WITH course AS (" + EPISODE_COURSE + ") " + EPISODE_TIME_TO_RESPONSE));
        selects.add(
            new PlainSelect(
                "report_episode_response_duration",
                "WITH course AS (" + EPISODE_COURSE + ") " + EPISODE_RESPONSE_DURATION));
      } else {
        int insert = statement.indexOf("INSERT INTO");
        int table = insert + "INSERT INTO".length();
        int columnsEnd = statement.indexOf(')', insert) + 1;
        selects.add(
            new PlainSelect(
                statement.substring(table, statement.indexOf('(', table)).strip(),
                statement.substring(0, insert) + statement.substring(columnsEnd)));
      }
    }
    return selects;
  }

  /**
   * Status and exposure. An enrolment counts as discontinued when the episode it was in on the date
   * had been discontinued by then (a later new series does not undo a past date's figure). An
   * enrolment is past the protocol limits when one weight-dosed infusion was above the maximum,
   * when the induction period (from enrolment) held more of them than allowed, or when any 28 days
   * held more sessions of one drug than the study's treatment allows (counted, as at submission,
   * per drug over the window ending at each session).
   */
  public static final String COHORT =
      """
      INSERT INTO report_cohort (run_id, scope_level, scope_code, enrolled, active, withdrawn, discontinued, infusions,
                                 participants_infused, participants_past_limits, adverse_events, serious_adverse_events)
      WITH e AS (
          SELECT e.id, e.enrolment_date, e.study_code, e.study_version, st.max_dose_mg_per_kg,
                 st.induction_infusions, st.induction_period_days,
                 coalesce(e.withdrawal_date <= :asOf, false) AS withdrawn,
                 coalesce((SELECT ep.discontinuation_date <= :asOf FROM treatment_episode ep
                           WHERE ep.enrolment_id = e.id AND ep.start_date <= :asOf
                           ORDER BY ep.number DESC LIMIT 1), false) AS discontinued
          FROM enrolment e JOIN study st ON st.code = e.study_code AND st.version = e.study_version
          WHERE e.site_code = :site AND e.enrolment_date <= :asOf),
      i AS (
          SELECT i.enrolment_id,
                 i.dose_mg_per_kg > e.max_dose_mg_per_kg AS over_dose,
                 count(*) OVER (PARTITION BY i.enrolment_id, i.drug ORDER BY i.infusion_date
                                RANGE BETWEEN '27 days'::interval PRECEDING AND CURRENT ROW) > t.max_sessions_per_28_days
                     AS over_28_days,
                 t.dose_unit = 'MG_PER_KG' AND i.infusion_date >= e.enrolment_date
                     AND i.infusion_date < e.enrolment_date + e.induction_period_days AS in_induction,
                 e.induction_infusions
          FROM infusion i JOIN e ON e.id = i.enrolment_id
          LEFT JOIN study_treatment t ON t.study_code = e.study_code AND t.study_version = e.study_version
                                     AND t.drug = i.drug AND t.route = i.route
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
   * MADRS per visit, counted at the site that follows the participant (a transferred participant's
   * baseline stays with their later scores). Each score is measured against the baseline of its
   * episode ({@code episode_baseline}, migration V38: a new series its own, maintenance that of the
   * series it maintains); response and remission are those of {@code DepressionOutcome}: a fall of
   * at least half a positive baseline, a score of 10 or less.
   */
  public static final String VISIT_OUTCOMES =
      """
      INSERT INTO report_visit_outcome (run_id, scope_level, scope_code, visit_code, visit_ordinal, assessed, madrs_sum,
                                        with_baseline, change_sum, responders, remitters)
      WITH m AS (
          SELECT a.enrolment_id, a.episode, a.visit_code, v.ordinal, a.total_score
          FROM assessment a
          JOIN enrolment e ON e.id = a.enrolment_id
          JOIN study_visit v ON v.study_code = e.study_code AND v.study_version = e.study_version AND v.code = a.visit_code
          WHERE e.site_code = :site AND a.instrument = 'MADRS' AND a.assessment_date <= :asOf
            AND e.enrolment_date <= :asOf),
      b AS (SELECT enrolment_id, episode, baseline FROM episode_baseline(:asOf, :site))
      SELECT :run, 'SITE', :site, m.visit_code, m.ordinal, count(*), sum(m.total_score), count(b.baseline),
             coalesce(sum(m.total_score - b.baseline), 0),
             count(*) FILTER (WHERE b.baseline > 0 AND 2 * (b.baseline - m.total_score) >= b.baseline),
             count(*) FILTER (WHERE m.total_score <= 10)
      FROM m LEFT JOIN b USING (enrolment_id, episode)
      GROUP BY m.visit_code, m.ordinal
      """;

  /**
   * How long response lasted, as a life table: for each enrolment that responded, the days from its
   * first response to relapse, or else to its last MADRS by the date (censored), as the database's
   * {@code response_course} defines them (migration V29, which the row-level dataset reads too).
   * Counted per number of days, so that sites add up and each scope gets its own Kaplan–Meier
   * estimate.
   */
  public static final String RESPONSE_DURATION =
      """
      INSERT INTO report_response_duration (run_id, scope_level, scope_code, days, relapses, censored)
      SELECT :run, 'SITE', :site, coalesce(relapsed, last_seen) - responded,
             count(*) FILTER (WHERE relapsed IS NOT NULL), count(*) FILTER (WHERE relapsed IS NULL)
      FROM response_course(:asOf, :site)
      GROUP BY 4
      """;

  /**
   * Each episode that responded by the date, as the database's {@code episode_response_course}
   * defines it (migration V40, which the row-level dataset reads too).
   */
  private static final String EPISODE_COURSE =
      """
      SELECT kind, day_zero, responded, relapsed, last_seen
      FROM episode_response_course(:asOf, :site)
      WHERE responded IS NOT NULL
      """;

  /**
   * Per episode kind, the responders by the days from the episode's first session to their
   * response. A maintenance visit just before its first session counts as day 0.
   */
  private static final String EPISODE_TIME_TO_RESPONSE =
      """
      SELECT :run, 'SITE', :site, kind, greatest(responded - day_zero, 0), count(*)
      FROM course
      GROUP BY 4, 5
      """;

  /**
   * Per episode kind, how long each episode's response lasted, as a life table like {@link
   * #RESPONSE_DURATION}'s: from the response to the relapse, or else to the episode's last MADRS.
   */
  private static final String EPISODE_RESPONSE_DURATION =
      """
      SELECT :run, 'SITE', :site, kind, coalesce(relapsed, last_seen) - responded,
             count(*) FILTER (WHERE relapsed IS NOT NULL), count(*) FILTER (WHERE relapsed IS NULL)
      FROM course
      GROUP BY 4, 5
      """;

  /**
   * Both tables of the responses per episode kind from one computation of the episodes' courses
   * (once per table, it took half the job's time at 30,000 participants).
   */
  public static final String EPISODE_RESPONSES =
      "WITH course AS MATERIALIZED ("
          + EPISODE_COURSE
          + """
          ), to_response AS (
              INSERT INTO report_episode_time_to_response (run_id, scope_level, scope_code, episode_kind, days,
                                                           responders)
          """
          + EPISODE_TIME_TO_RESPONSE
          + """
          )
          INSERT INTO report_episode_response_duration (run_id, scope_level, scope_code, episode_kind, days, relapses,
                                                        censored)
          """
          + EPISODE_RESPONSE_DURATION;

  /**
   * The treatment course per episode kind, as the database's {@code treatment_episodes} defines the
   * episodes (migration V32, which the row-level dataset reads too): the episodes begun by the
   * date, the participants who had one, the days spent in them (from the start to the episode's
   * end, the end of follow-up or the date, whichever came first) and the sessions given within
   * them.
   */
  public static final String TREATMENT_COURSE =
      """
      INSERT INTO report_treatment_course (run_id, scope_level, scope_code, episode_kind, episodes, participants,
                                           person_days, sessions)
      SELECT :run, 'SITE', :site, t.kind, count(*), count(DISTINCT t.enrolment_id),
             sum(greatest(least(t.ended,
                                CASE WHEN e.withdrawal_date <= :asOf THEN e.withdrawal_date END,
                                CASE WHEN e.follow_up_end_date <= :asOf THEN e.follow_up_end_date END,
                                CAST(:asOf AS date)) - t.start_date + 1, 0)),
             sum(t.sessions)
      FROM treatment_episodes(:asOf, :site) t JOIN enrolment e ON e.id = t.enrolment_id
      GROUP BY t.kind
      """;

  public static final String ADVERSE_EVENTS =
      """
      INSERT INTO report_adverse_event_count (run_id, scope_level, scope_code, term, severity_grade, events, serious)
      SELECT :run, 'SITE', :site, a.term, a.severity_grade, count(*), count(*) FILTER (WHERE a.serious)
      FROM adverse_event a JOIN enrolment e ON e.id = a.enrolment_id
      WHERE a.site_code = :site AND a.onset_date <= :asOf AND e.enrolment_date <= :asOf
      GROUP BY a.term, a.severity_grade
      """;

  /**
   * Time from signal to assessment: per kind, the signals raised by the date (Norwegian time),
   * those a coordinator had closed by then, and each one's waiting time in whole minutes (rounded
   * up), sorted. A reopened signal keeps the time of its first closing.
   */
  public static final String SIGNAL_ASSESSMENT =
      """
      INSERT INTO report_signal_assessment (run_id, scope_level, scope_code, kind, raised, assessed, minutes)
      WITH s AS (
          SELECT kind,
                 CASE WHEN (first_closed_at AT TIME ZONE 'Europe/Oslo')::date <= :asOf
                      THEN ceil(extract(epoch FROM first_closed_at - raised_at) / 60)::integer END AS minutes
          FROM safety_signal
          WHERE site_code = :site AND (raised_at AT TIME ZONE 'Europe/Oslo')::date <= :asOf)
      SELECT :run, 'SITE', :site, kind, count(*), count(minutes),
             coalesce(array_agg(minutes ORDER BY minutes) FILTER (WHERE minutes IS NOT NULL), '{}')
      FROM s
      GROUP BY kind
      """;
}
