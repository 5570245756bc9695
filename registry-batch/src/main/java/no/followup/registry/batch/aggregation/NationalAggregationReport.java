package no.followup.registry.batch.aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.batch.partition.ReportRuns;
import no.followup.registry.batch.partition.ReportScope;
import no.followup.registry.domain.assessment.KaplanMeier;
import no.followup.registry.domain.treatment.PatientMonths;
import no.followup.registry.domain.treatment.TreatmentEpisode;
import no.followup.registry.export.dataset.DatasetExporter;
import no.followup.registry.export.dataset.PublishedAggregation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The latest complete national aggregation for a date, with means and rates worked out from the
 * stored sums: coordinators see every site, region and the nation; a site lead only their site.
 */
@Service
public class NationalAggregationReport {

  private static final String SCOPE_FILTER =
      " WHERE run_id = ? AND (CAST(? AS text) IS NULL OR (scope_level = 'SITE' AND scope_code = ?))";

  private final JdbcClient jdbc;
  private final ReportRuns runs;
  private final DatasetExporter datasets;

  public NationalAggregationReport(JdbcClient jdbc, ReportRuns runs, DatasetExporter datasets) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.datasets = datasets;
  }

  public record Report(long runId, LocalDate asOf, Instant completedAt, List<Scope> scopes) {}

  /** One site, health region or the nation. */
  public record Scope(
      String level,
      String code,
      Cohort cohort,
      List<VisitOutcome> visits,
      List<AdverseEvents> adverseEvents,
      List<SignalAssessments> signalAssessments,
      Durability durability,
      List<Episodes> treatmentCourse) {}

  /**
   * The episodes of one kind (induction, maintenance, new series) begun by the date: how many, by
   * how many participants, the patient-months spent in them (days / 30.4375) and the treatment
   * sessions given within them, per patient-month (empty with no time to divide by).
   */
  public record Episodes(
      String kind,
      int episodes,
      int participants,
      BigDecimal patientMonths,
      long sessions,
      BigDecimal sessionsPerPatientMonth) {

    static Episodes of(String kind, int episodes, int participants, long days, long sessions) {
      return new Episodes(
          kind,
          episodes,
          participants,
          PatientMonths.of(days),
          sessions,
          PatientMonths.sessionsPerMonth(sessions, days));
    }

    /** Every kind in course order, with none of a kind as zeros. */
    static List<Episodes> everyKind(List<Episodes> found) {
      return Arrays.stream(TreatmentEpisode.Kind.values())
          .map(
              kind ->
                  found.stream()
                      .filter(e -> e.kind().equals(kind.name()))
                      .findFirst()
                      .orElse(of(kind.name(), 0, 0, 0, 0)))
          .toList();
    }
  }

  /**
   * How long response lasted: of the enrolments that responded, how many relapsed (as their study
   * version defines it) by the date; the Kaplan–Meier share still in response 1, 3, 6 and 12 months
   * after response (proportions, empty when nobody was followed that long); the median duration of
   * response in days with its 95 % limits (empty when not reached).
   */
  public record Durability(
      int responders,
      int relapses,
      BigDecimal inResponseAfter1Month,
      BigDecimal inResponseAfter3Months,
      BigDecimal inResponseAfter6Months,
      BigDecimal inResponseAfter12Months,
      Integer medianDays,
      Integer medianLowerDays,
      Integer medianUpperDays) {

    static Durability of(List<KaplanMeier.Time> times) {
      KaplanMeier estimate = KaplanMeier.of(times);
      return new Durability(
          estimate.people(),
          estimate.relapses(),
          share(estimate, 30),
          share(estimate, 91),
          share(estimate, 182),
          share(estimate, 365),
          estimate.median().orElse(null),
          estimate.medianLower().orElse(null),
          estimate.medianUpper().orElse(null));
    }

    private static BigDecimal share(KaplanMeier estimate, int days) {
      return estimate.publishedShareAt(days).orElse(null);
    }
  }

  /** Enrolments by status as of the date, and their exposure. */
  public record Cohort(
      int enrolled,
      int active,
      int withdrawn,
      int discontinued,
      int infusions,
      int participantsInfused,
      BigDecimal infusionsPerParticipant,
      int participantsPastProtocolLimits,
      int adverseEvents,
      int seriousAdverseEvents) {}

  /** MADRS at one visit; rates are proportions (0 to 1), empty where there is nothing to divide. */
  public record VisitOutcome(
      String visit,
      int assessed,
      BigDecimal meanMadrs,
      int withBaseline,
      BigDecimal meanChangeFromBaseline,
      int responders,
      BigDecimal responseRate,
      int remitters,
      BigDecimal remissionRate) {}

  /** Adverse events of one term and grade. */
  public record AdverseEvents(
      String term, int grade, int events, int serious, BigDecimal per100Infusions) {}

  /**
   * How long one kind of signal waited for a coordinator's conclusion: the median (the mean of the
   * two middle times for an even count) and the 90th percentile (the shortest time that at least 90
   * % of the assessed signals waited no longer than), in minutes; empty when none was assessed.
   */
  public record SignalAssessments(
      String kind,
      int raised,
      int assessed,
      BigDecimal medianMinutes,
      Integer percentile90Minutes) {

    static SignalAssessments of(String kind, int raised, List<Integer> sortedMinutes) {
      int n = sortedMinutes.size();
      if (n == 0) {
        return new SignalAssessments(kind, raised, 0, null, null);
      }
      long middleSum = (long) sortedMinutes.get((n - 1) / 2) + sortedMinutes.get(n / 2);
      int rank = (int) Math.ceil(0.9 * n);
      return new SignalAssessments(
          kind,
          raised,
          n,
          BigDecimal.valueOf(middleSum).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY),
          sortedMinutes.get(rank - 1));
    }
  }

  /**
   * The run's figures as the aggregated dataset publishes them, with its disclosure control: what a
   * site lead sees of their region and the nation (researchers download the same).
   */
  public PublishedAggregation published(Actor actor, long runId) {
    ReportScope.onlySiteOf(actor);
    return datasets.published(runId);
  }

  /** The as-of date of the most recently completed aggregation, if there is one. */
  public Optional<LocalDate> latestAsOf() {
    return runs.latestCompletedAsOf(NationalAggregationJobConfiguration.JOB);
  }

  public Report latest(Actor actor, LocalDate asOf) {
    Optional<String> onlySite = ReportScope.onlySiteOf(actor);
    ReportRuns.CompletedRun run =
        runs.latestComplete(NationalAggregationJobConfiguration.JOB, asOf)
            .orElseThrow(() -> new NotFoundException("report for " + asOf));
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
                      Episodes.everyKind(courses.getOrDefault(c.getKey(), List.of())));
                })
            .toList();
    return new Report(run.id(), asOf, run.completedAt(), scopes);
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
    T of(java.sql.ResultSet rs) throws java.sql.SQLException;
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

  static BigDecimal ratio(long numerator, long denominator, int scale) {
    return denominator == 0
        ? null
        : BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }
}
