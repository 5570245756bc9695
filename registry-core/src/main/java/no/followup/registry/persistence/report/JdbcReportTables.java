package no.followup.registry.persistence.report;

import static no.followup.registry.application.report.NationalAggregationReport.ratio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.followup.registry.application.report.CompletedRun;
import no.followup.registry.application.report.FollowUpCompletenessReport.MissingVisit;
import no.followup.registry.application.report.FollowUpCompletenessReport.SiteFigures;
import no.followup.registry.application.report.NationalAggregationReport.AdverseEvents;
import no.followup.registry.application.report.NationalAggregationReport.Cohort;
import no.followup.registry.application.report.NationalAggregationReport.Durability;
import no.followup.registry.application.report.NationalAggregationReport.EpisodeResponse;
import no.followup.registry.application.report.NationalAggregationReport.Episodes;
import no.followup.registry.application.report.NationalAggregationReport.Report;
import no.followup.registry.application.report.NationalAggregationReport.Scope;
import no.followup.registry.application.report.NationalAggregationReport.SignalAssessments;
import no.followup.registry.application.report.NationalAggregationReport.VisitOutcome;
import no.followup.registry.application.report.ReportTables;
import no.followup.registry.domain.assessment.KaplanMeier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@code report_run} and the tables the report jobs fill ({@code report_cohort}, {@code
 * report_visit_outcome}, {@code report_follow_up_completeness}, …).
 */
@Component
class JdbcReportTables implements ReportTables {

  private static final String SCOPE_FILTER =
      " WHERE run_id = ? AND (CAST(? AS text) IS NULL OR (scope_level = 'SITE' AND scope_code = ?))";

  private final JdbcClient jdbc;

  JdbcReportTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<CompletedRun> latestComplete(String jobName, LocalDate asOf) {
    return jdbc.sql(
            """
            SELECT run_id, completed_at FROM report_run
            WHERE job_name = ? AND as_of = ? AND completed_at IS NOT NULL ORDER BY completed_at DESC LIMIT 1
            """)
        .params(jobName, asOf)
        .query(
            (rs, row) ->
                new CompletedRun(
                    rs.getLong("run_id"),
                    asOf,
                    rs.getObject("completed_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  @Override
  public Optional<LocalDate> latestCompletedAsOf(String jobName) {
    return jdbc.sql(
            """
            SELECT as_of FROM report_run WHERE job_name = ? AND completed_at IS NOT NULL
            ORDER BY completed_at DESC LIMIT 1
            """)
        .param(jobName)
        .query(LocalDate.class)
        .optional();
  }

  @Override
  public List<SiteFigures> completeness(CompletedRun run, Optional<String> onlySite) {
    return jdbc.sql(
            """
            SELECT * FROM report_follow_up_completeness
            WHERE run_id = ? AND (CAST(? AS text) IS NULL OR site_code = ?) ORDER BY site_code
            """)
        .params(run.id(), onlySite.orElse(null), onlySite.orElse(null))
        .query(
            (rs, row) ->
                new SiteFigures(
                    rs.getString("site_code"),
                    rs.getInt("visits_due"),
                    rs.getInt("received_in_window"),
                    rs.getInt("received_late"),
                    rs.getInt("open_now"),
                    rs.getInt("missing")))
        .list();
  }

  @Override
  public List<MissingVisit> missingVisits(CompletedRun run, String site) {
    return jdbc.sql(
            """
            SELECT participant_id, episode, visit_code, window_opens, window_closes FROM report_visit_status
            WHERE run_id = ? AND site_code = ? AND state = 'MISSED'
            ORDER BY window_closes, participant_id, episode, visit_code
            """)
        .params(run.id(), site)
        .query(
            (rs, row) ->
                new MissingVisit(
                    rs.getObject("participant_id", UUID.class),
                    rs.getInt("episode"),
                    rs.getString("visit_code"),
                    rs.getObject("window_opens", LocalDate.class),
                    rs.getObject("window_closes", LocalDate.class)))
        .list();
  }

  @Override
  public Report aggregation(CompletedRun run, Optional<String> onlySite) {
    Object[] filter = {run.id(), onlySite.orElse(null), onlySite.orElse(null)};
    Map<ScopeKey, List<VisitOutcome>> visits =
        byScope(
            "report_visit_outcome",
            "visit_ordinal",
            filter,
            rs ->
                new VisitOutcome(
                    rs.getString("visit_code"),
                    rs.getInt("assessed"),
                    ratio(rs.getLong("madrs_sum"), rs.getInt("assessed"), 2),
                    rs.getInt("with_baseline"),
                    ratio(rs.getLong("change_sum"), rs.getInt("with_baseline"), 2),
                    rs.getInt("responders"),
                    ratio(rs.getInt("responders"), rs.getInt("with_baseline"), 3),
                    rs.getInt("remitters"),
                    ratio(rs.getInt("remitters"), rs.getInt("assessed"), 3)));
    Map<ScopeKey, Cohort> cohorts =
        jdbc
            .sql("SELECT * FROM report_cohort" + SCOPE_FILTER)
            .params(filter)
            .query(
                (rs, row) ->
                    Map.entry(
                        key(rs.getString("scope_level"), rs.getString("scope_code")),
                        new Cohort(
                            rs.getInt("enrolled"),
                            rs.getInt("active"),
                            rs.getInt("withdrawn"),
                            rs.getInt("discontinued"),
                            rs.getInt("infusions"),
                            rs.getInt("participants_infused"),
                            ratio(rs.getInt("infusions"), rs.getInt("participants_infused"), 2),
                            rs.getInt("participants_past_limits"),
                            rs.getInt("adverse_events"),
                            rs.getInt("serious_adverse_events"))))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Map<ScopeKey, List<AdverseEvents>> events =
        jdbc
            .sql(
                "SELECT * FROM report_adverse_event_count"
                    + SCOPE_FILTER
                    + " ORDER BY term, severity_grade")
            .params(filter)
            .query(
                (rs, row) -> {
                  ScopeKey key = key(rs.getString("scope_level"), rs.getString("scope_code"));
                  return Map.entry(
                      key,
                      new AdverseEvents(
                          rs.getString("term"),
                          rs.getInt("severity_grade"),
                          rs.getInt("events"),
                          rs.getInt("serious"),
                          ratio(100L * rs.getInt("events"), cohorts.get(key).infusions(), 2)));
                })
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    Map<ScopeKey, List<SignalAssessments>> signals =
        byScope(
            "report_signal_assessment",
            "kind",
            filter,
            rs ->
                SignalAssessments.of(
                    rs.getString("kind"),
                    rs.getInt("raised"),
                    List.of((Integer[]) rs.getArray("minutes").getArray())));
    Map<ScopeKey, List<KaplanMeier.Time>> durations =
        byScope(
            "report_response_duration",
            "days",
            filter,
            rs ->
                new KaplanMeier.Time(
                    rs.getInt("days"), rs.getInt("relapses"), rs.getInt("censored")));
    Map<ScopeKey, List<Episodes>> courses =
        byScope(
            "report_treatment_course",
            "episode_kind",
            filter,
            rs ->
                Episodes.of(
                    rs.getString("episode_kind"),
                    rs.getInt("episodes"),
                    rs.getInt("participants"),
                    rs.getLong("person_days"),
                    rs.getLong("sessions")));
    Map<ScopeKey, List<EpisodeResponse.DaysToResponse>> toResponse =
        byScope(
            "report_episode_time_to_response",
            "episode_kind, days",
            filter,
            rs ->
                new EpisodeResponse.DaysToResponse(
                    rs.getString("episode_kind"), rs.getInt("days"), rs.getInt("responders")));
    Map<ScopeKey, List<EpisodeResponse.DurationRow>> episodeDurations =
        byScope(
            "report_episode_response_duration",
            "episode_kind, days",
            filter,
            rs ->
                new EpisodeResponse.DurationRow(
                    rs.getString("episode_kind"),
                    new KaplanMeier.Time(
                        rs.getInt("days"), rs.getInt("relapses"), rs.getInt("censored"))));
    List<Scope> scopes =
        cohorts.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                c -> {
                  return new Scope(
                      c.getKey().level(),
                      c.getKey().code(),
                      c.getValue(),
                      visits.getOrDefault(c.getKey(), List.of()),
                      events.getOrDefault(c.getKey(), List.of()),
                      signals.getOrDefault(c.getKey(), List.of()),
                      Durability.of(durations.getOrDefault(c.getKey(), List.of())),
                      Episodes.everyKind(courses.getOrDefault(c.getKey(), List.of())),
                      EpisodeResponse.everyKind(
                          toResponse.getOrDefault(c.getKey(), List.of()),
                          episodeDurations.getOrDefault(c.getKey(), List.of())));
                })
            .toList();
    return new Report(run.id(), run.asOf(), run.completedAt(), scopes);
  }

  /** A table's rows of the run (and site), in order, grouped by their scope. */
  private <T> Map<ScopeKey, List<T>> byScope(
      String table, String orderBy, Object[] filter, RowOf<T> row) {
    return jdbc
        .sql("SELECT * FROM " + table + SCOPE_FILTER + " ORDER BY " + orderBy)
        .params(filter)
        .query(
            (rs, n) ->
                Map.entry(key(rs.getString("scope_level"), rs.getString("scope_code")), row.of(rs)))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** One value from the current row. */
  @FunctionalInterface
  private interface RowOf<T> {
    T of(ResultSet rs) throws SQLException;
  }

  private static ScopeKey key(String level, String code) {
    return new ScopeKey(level, code);
  }

  /** Sorts the nation first, then the regions, then the sites. */
  private record ScopeKey(String level, String code) implements Comparable<ScopeKey> {

    private static final List<String> LEVELS = List.of("NATIONAL", "REGION", "SITE");

    @Override
    public int compareTo(ScopeKey other) {
      int byLevel = Integer.compare(LEVELS.indexOf(level), LEVELS.indexOf(other.level));
      return byLevel != 0 ? byLevel : code.compareTo(other.code);
    }
  }
}
