package no.followup.registry.export.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import no.followup.registry.application.report.NationalAggregationReport.EpisodeResponse;
import no.followup.registry.domain.assessment.KaplanMeier;
import no.followup.registry.domain.study.EpisodeKind;
import no.followup.registry.export.disclosure.CountTable;
import no.followup.registry.export.disclosure.DisclosureControl;
import no.followup.registry.export.excel.ExcelDatasetWriter;
import no.followup.registry.export.excel.WorkbookChart;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national aggregation of one run as five sheets (cohort, outcomes per visit, adverse events,
 * treatment course per episode kind, how long response lasted), a sixth with follow-up completeness
 * when the completeness report ran for the same date, and a sheet of charts drawn from them, with
 * disclosure control over all of them at once: every count the sheets publish goes into one table
 * with the sums a reader could use (region = its sites, nation = its regions, enrolled = active +
 * withdrawn + discontinued, adverse events = the sum over terms and grades, visits due = received +
 * open + missing). A count hidden as small shows {@code <threshold}; one hidden to protect another
 * shows {@value #SUPPRESSED}; so does every mean or rate computed from a hidden count.
 *
 * <p>Each sheet is declared once: every column with its codebook entry and how its value is worked
 * out from the published figures, so the codebook and the rows cannot drift apart. Every count is a
 * typed {@link Cell}: a {@link Figure} (table, visit or term or episode kind, column) of a scope.
 */
final class AggregatedOutcomesDataset {

  static final String SUPPRESSED = "suppressed";
  static final String SOURCE = "nationalAggregation job";
  static final String COMPLETENESS_SOURCE = "followUpCompleteness job";
  static final String DURATION_SOURCE = "nationalAggregation job: Kaplan–Meier over its life table";

  // The tables of counts (and of the sums behind means, which are not counts of people).
  static final String COHORT_COUNT = "cohort";
  static final String OUTCOME = "outcome";
  static final String SCORE_SUM = "sums";
  static final String ADVERSE_EVENT = "ae";
  static final String COURSE = "course";
  static final String COURSE_DAYS = "days";
  static final String DURATION = "duration";
  static final String EPISODE_DURATION = "episode_duration";
  static final String COMPLETENESS_COUNT = "completeness";

  private static final List<String> COHORT_COUNTS =
      List.of(
          "enrolled",
          "active",
          "withdrawn",
          "discontinued",
          "infusions",
          "participants_infused",
          "participants_past_limits",
          "adverse_events",
          "serious_adverse_events");
  private static final List<String> VISIT_COUNTS =
      List.of("assessed", "with_baseline", "responders", "remitters");
  private static final List<String> COMPLETENESS_COUNTS =
      List.of("visits_due", "received", "open_now", "missing");
  private static final List<String> COURSE_COUNTS = List.of("episodes", "participants", "sessions");
  static final List<String> EPISODE_KINDS =
      Arrays.stream(EpisodeKind.values()).map(Enum::name).toList();
  private static final List<String> DURATION_COUNTS = List.of("responders", "relapses");

  /** The days after response at which the share still in response is published. */
  static final List<Integer> DURATION_DAYS = List.of(30, 91, 182, 365);

  /**
   * What a count measures: its table, the visit, term and grade or episode kind it is of (empty for
   * none), and its column.
   */
  record Figure(String table, String item, String column) {

    static Figure of(String table, String column) {
      return new Figure(table, "", column);
    }

    Cell at(Scope scope) {
      return new Cell(this, scope);
    }
  }

  /** A figure's count for one scope: a key of the disclosure control's table. */
  record Cell(Figure figure, Scope scope) implements Comparable<Cell> {

    /**
     * Where the control weighs two cells alike it takes the first in this order: the text these
     * keys had before they were typed, so a release made again is the same file.
     */
    @Override
    public int compareTo(Cell other) {
      return text().compareTo(other.text());
    }

    private String text() {
      String table =
          figure.item().isEmpty() ? figure.table() : figure.table() + "|" + figure.item();
      return table + "#" + scope.key() + "#" + figure.column();
    }
  }

  /** One scope: the nation, a region or a site, and the region a site belongs to. */
  record Scope(String level, String code, String region) {
    String key() {
      return level + ":" + code;
    }
  }

  /** An adverse event term and severity grade the run counted. */
  record TermGrade(String term, int grade) {
    String item() {
      return term + "|" + grade;
    }
  }

  private final JdbcClient jdbc;
  private final DisclosureControl control;
  private final long runId;
  private final String small;
  private final Optional<Long> completenessRun;

  AggregatedOutcomesDataset(JdbcClient jdbc, DisclosureControl control, long runId) {
    this.jdbc = jdbc;
    this.control = control;
    this.runId = runId;
    this.small = "<" + control.threshold();
    this.completenessRun =
        jdbc.sql(
                """
                SELECT c.run_id FROM report_run c JOIN report_run a ON a.as_of = c.as_of
                WHERE a.run_id = ? AND c.job_name = 'followUpCompleteness'
                  AND c.completed_at IS NOT NULL
                ORDER BY c.completed_at DESC LIMIT 1
                """)
            .param(runId)
            .query(Long.class)
            .optional();
  }

  /** The completeness report's run of the aggregation's date that the file takes, if any. */
  Optional<Long> completenessRun() {
    return completenessRun;
  }

  void write(ExcelDatasetWriter out) {
    Published published = published();
    List<Scope> scopes = published.scopes;
    ExcelDatasetWriter.SheetOut cohort = AggregatedOutcomesSheets.COHORT.open(out);
    scopes.forEach(scope -> AggregatedOutcomesSheets.COHORT.row(cohort, published, scope, null));
    List<ExcelDatasetWriter.WrittenRow> national = new ArrayList<>();
    ExcelDatasetWriter.SheetOut outcomes = AggregatedOutcomesSheets.OUTCOMES.open(out);
    for (Scope scope : scopes) {
      for (String visit : published.visits) {
        ExcelDatasetWriter.WrittenRow row =
            AggregatedOutcomesSheets.OUTCOMES.row(outcomes, published, scope, visit);
        if (scope.level().equals("NATIONAL")) {
          national.add(row);
        }
      }
    }
    ExcelDatasetWriter.SheetOut events = AggregatedOutcomesSheets.ADVERSE_EVENTS.open(out);
    for (Scope scope : scopes) {
      published.termGrades.forEach(
          event -> AggregatedOutcomesSheets.ADVERSE_EVENTS.row(events, published, scope, event));
    }
    ExcelDatasetWriter.SheetOut course = AggregatedOutcomesSheets.TREATMENT_COURSE.open(out);
    for (Scope scope : scopes) {
      EPISODE_KINDS.forEach(
          kind -> AggregatedOutcomesSheets.TREATMENT_COURSE.row(course, published, scope, kind));
    }
    ExcelDatasetWriter.SheetOut duration = AggregatedOutcomesSheets.RESPONSE_DURATION.open(out);
    scopes.forEach(
        scope -> AggregatedOutcomesSheets.RESPONSE_DURATION.row(duration, published, scope, null));
    ExcelDatasetWriter.SheetOut byKind = AggregatedOutcomesSheets.EPISODE_RESPONSE.open(out);
    for (Scope scope : scopes) {
      EPISODE_KINDS.forEach(
          kind -> AggregatedOutcomesSheets.EPISODE_RESPONSE.row(byKind, published, scope, kind));
    }
    if (!national.isEmpty()) {
      out.chart(
          new WorkbookChart(
              "Mean MADRS by visit, nation", national, "visit", List.of("mean_madrs")));
      out.chart(
          new WorkbookChart(
              "Response and remission by visit, nation",
              national,
              "visit",
              List.of("response_rate", "remission_rate")));
    }
    if (completenessRun.isPresent()) {
      ExcelDatasetWriter.SheetOut completeness = AggregatedOutcomesSheets.COMPLETENESS.open(out);
      List<ExcelDatasetWriter.WrittenRow> sites = new ArrayList<>();
      for (Scope scope : scopes) {
        ExcelDatasetWriter.WrittenRow row =
            AggregatedOutcomesSheets.COMPLETENESS.row(completeness, published, scope, null);
        if (scope.level().equals("SITE")) {
          sites.add(row);
        }
      }
      out.chart(
          new WorkbookChart(
              "Follow-up completeness by site", sites, "scope", List.of("completeness")));
    }
  }

  /** Every figure of the run as the dataset publishes it, disclosure control applied. */
  Published published() {
    List<Scope> scopes = scopes();
    List<String> visits =
        jdbc.sql(
                "SELECT DISTINCT visit_code, visit_ordinal FROM report_visit_outcome WHERE run_id = ? ORDER BY visit_ordinal")
            .param(runId)
            .query((rs, row) -> rs.getString("visit_code"))
            .list();
    List<TermGrade> termGrades =
        jdbc.sql(
                """
                SELECT DISTINCT term, severity_grade, term || '|' || severity_grade AS item
                FROM report_adverse_event_count WHERE run_id = ? ORDER BY item
                """)
            .param(runId)
            .query((rs, row) -> new TermGrade(rs.getString("term"), rs.getInt("severity_grade")))
            .list();
    CountTable<Cell> counts = new CountTable<>();
    Map<Cell, Long> scoreSums = new LinkedHashMap<>();
    Map<Scope, KaplanMeier> durations = new LinkedHashMap<>();
    Map<Cell, KaplanMeier> episodeDurations = new LinkedHashMap<>();
    Map<Cell, BigDecimal> daysToResponse = new LinkedHashMap<>();
    cohortCounts(scopes, counts);
    visitCounts(scopes, visits, counts, scoreSums);
    adverseEventCounts(scopes, termGrades, counts);
    courseCounts(scopes, counts, scoreSums);
    durationCounts(scopes, counts, durations);
    episodeResponseCounts(scopes, counts, episodeDurations, daysToResponse);
    completenessRun.ifPresent(run -> completenessCounts(scopes, run, counts));
    sums(scopes, visits, termGrades, counts);
    return new Published(
        scopes,
        visits,
        termGrades,
        counts,
        new LinkedHashSet<>(control.hidden(counts)),
        scoreSums,
        durations,
        episodeDurations,
        daysToResponse);
  }

  /**
   * The published value of each figure of one run: a number, {@code <threshold}, or {@value
   * #SUPPRESSED} (also for a mean or rate from a hidden count). What researchers download, and what
   * a site lead may see of units other than their own.
   */
  final class Published implements PublishedAggregation {

    private final List<Scope> scopes;
    private final List<String> visits;
    private final List<TermGrade> termGrades;
    private final CountTable<Cell> counts;
    private final Set<Cell> hidden;

    /** Sums of scores and of days behind means and rates: not counts of people, never shown. */
    private final Map<Cell, Long> sums;

    /** Each scope's Kaplan–Meier estimate of response, over its life table. */
    private final Map<Scope, KaplanMeier> durations;

    /** The same per episode kind, and the median days to response, keyed by kind and scope. */
    private final Map<Cell, KaplanMeier> episodeDurations;

    private final Map<Cell, BigDecimal> daysToResponse;

    private Published(
        List<Scope> scopes,
        List<String> visits,
        List<TermGrade> termGrades,
        CountTable<Cell> counts,
        Set<Cell> hidden,
        Map<Cell, Long> sums,
        Map<Scope, KaplanMeier> durations,
        Map<Cell, KaplanMeier> episodeDurations,
        Map<Cell, BigDecimal> daysToResponse) {
      this.scopes = scopes;
      this.visits = visits;
      this.termGrades = termGrades;
      this.counts = counts;
      this.hidden = hidden;
      this.sums = sums;
      this.durations = durations;
      this.episodeDurations = episodeDurations;
      this.daysToResponse = daysToResponse;
    }

    @Override
    public Object cohort(String level, String code, String measure) {
      return count(Figure.of(COHORT_COUNT, measure), scope(level, code));
    }

    @Override
    public Object meanMadrs(String level, String code, String visit) {
      return ratio(
          new Figure(SCORE_SUM, visit, "madrs_sum"),
          new Figure(OUTCOME, visit, "assessed"),
          scope(level, code),
          1,
          2);
    }

    @Override
    public Object responseRate(String level, String code, String visit) {
      return ratio(
          new Figure(OUTCOME, visit, "responders"),
          new Figure(OUTCOME, visit, "with_baseline"),
          scope(level, code),
          1,
          3);
    }

    @Override
    public Object remissionRate(String level, String code, String visit) {
      return ratio(
          new Figure(OUTCOME, visit, "remitters"),
          new Figure(OUTCOME, visit, "assessed"),
          scope(level, code),
          1,
          3);
    }

    private Scope scope(String level, String code) {
      return scopes.stream()
          .filter(s -> s.level().equals(level) && s.code().equals(code))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no scope " + level + " " + code));
    }

    boolean hides(Figure figure, Scope scope) {
      return hidden.contains(figure.at(scope));
    }

    long value(Figure figure, Scope scope) {
      return counts.value(figure.at(scope));
    }

    long sum(Figure figure, Scope scope) {
      return sums.get(figure.at(scope));
    }

    KaplanMeier duration(Scope scope) {
      return durations.get(scope);
    }

    KaplanMeier duration(Scope scope, String kind) {
      return episodeDurations.get(lifeTable(kind).at(scope));
    }

    /** The median days from an episode's first session to its response; empty with no responder. */
    BigDecimal daysToResponse(Scope scope, String kind) {
      return daysToResponse.get(lifeTable(kind).at(scope));
    }

    /** The count, {@code <threshold}, or suppressed. */
    Object count(Figure figure, Scope scope) {
      long value = value(figure, scope);
      if (!hides(figure, scope)) {
        return value;
      }
      return value > 0 && value < control.threshold() ? small : SUPPRESSED;
    }

    /** part / (part + other), hidden when either is, empty when both are 0. */
    Object share(Figure part, Figure other, Scope scope) {
      if (hides(part, scope) || hides(other, scope)) {
        return SUPPRESSED;
      }
      long whole = value(part, scope) + value(other, scope);
      return whole == 0
          ? null
          : BigDecimal.valueOf(value(part, scope))
              .divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }

    /**
     * scale × numerator / denominator, hidden when either is, empty when the denominator is 0. A
     * numerator may be a sum of scores (never hidden itself: hidden with its denominator).
     */
    Object ratio(Figure numerator, Figure denominator, Scope scope, int scale, int decimals) {
      Cell top = numerator.at(scope);
      if (hidden.contains(top) || hides(denominator, scope)) {
        return SUPPRESSED;
      }
      long d = value(denominator, scope);
      long n = sums.containsKey(top) ? sums.get(top) : counts.value(top);
      return d == 0
          ? null
          : BigDecimal.valueOf(scale * n)
              .divide(BigDecimal.valueOf(d), decimals, RoundingMode.HALF_UP);
    }
  }

  private List<Scope> scopes() {
    List<Scope> scopes = new ArrayList<>();
    scopes.add(new Scope("NATIONAL", "NATIONAL", null));
    jdbc.sql("SELECT DISTINCT region FROM site ORDER BY region")
        .query(String.class)
        .list()
        .forEach(region -> scopes.add(new Scope("REGION", region, null)));
    jdbc.sql("SELECT code, region FROM site ORDER BY region, code")
        .query((rs, row) -> new Scope("SITE", rs.getString("code"), rs.getString("region")))
        .list()
        .forEach(scopes::add);
    return scopes;
  }

  private void cohortCounts(List<Scope> scopes, CountTable<Cell> counts) {
    Map<String, Map<String, Object>> rows =
        rowsOfRun("report_cohort", AggregatedOutcomesDataset::scopeKey);
    for (Scope scope : scopes) {
      Map<String, Object> row = rows.getOrDefault(scope.key(), Map.of());
      for (String column : COHORT_COUNTS) {
        counts.count(Figure.of(COHORT_COUNT, column).at(scope), number(row.get(column)));
      }
    }
  }

  private void visitCounts(
      List<Scope> scopes, List<String> visits, CountTable<Cell> counts, Map<Cell, Long> sums) {
    Map<String, Map<String, Object>> rows =
        rowsOfRun("report_visit_outcome", row -> scopeKey(row) + "|" + row.get("visit_code"));
    for (Scope scope : scopes) {
      for (String visit : visits) {
        Map<String, Object> row = rows.getOrDefault(scope.key() + "|" + visit, Map.of());
        for (String column : VISIT_COUNTS) {
          counts.count(new Figure(OUTCOME, visit, column).at(scope), number(row.get(column)));
        }
        for (String sum : List.of("madrs_sum", "change_sum")) {
          sums.put(new Figure(SCORE_SUM, visit, sum).at(scope), number(row.get(sum)));
        }
      }
    }
  }

  private void adverseEventCounts(
      List<Scope> scopes, List<TermGrade> termGrades, CountTable<Cell> counts) {
    Map<String, Map<String, Object>> rows =
        rowsOfRun(
            "report_adverse_event_count",
            row -> scopeKey(row) + "|" + row.get("term") + "|" + row.get("severity_grade"));
    for (Scope scope : scopes) {
      for (TermGrade event : termGrades) {
        Map<String, Object> row = rows.getOrDefault(scope.key() + "|" + event.item(), Map.of());
        for (String column : List.of("events", "serious")) {
          counts.count(
              new Figure(ADVERSE_EVENT, event.item(), column).at(scope), number(row.get(column)));
        }
      }
    }
  }

  /** Episodes, the enrolments that had them and their sessions, per scope and episode kind. */
  private void courseCounts(List<Scope> scopes, CountTable<Cell> counts, Map<Cell, Long> sums) {
    Map<String, Map<String, Object>> rows =
        rowsOfRun("report_treatment_course", row -> scopeKey(row) + "|" + row.get("episode_kind"));
    for (Scope scope : scopes) {
      for (String kind : EPISODE_KINDS) {
        Map<String, Object> row = rows.getOrDefault(scope.key() + "|" + kind, Map.of());
        for (String column : COURSE_COUNTS) {
          counts.count(new Figure(COURSE, kind, column).at(scope), number(row.get(column)));
        }
        sums.put(
            new Figure(COURSE_DAYS, kind, "person_days").at(scope), number(row.get("person_days")));
      }
    }
  }

  /** Per scope the enrolments that responded and how many relapsed, from its life table. */
  private void durationCounts(
      List<Scope> scopes, CountTable<Cell> counts, Map<Scope, KaplanMeier> durations) {
    Map<String, List<KaplanMeier.Time>> lifeTables = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT * FROM report_response_duration WHERE run_id = ? ORDER BY scope_level, scope_code, days")
        .param(runId)
        .query()
        .listOfRows()
        .forEach(
            row ->
                lifeTables
                    .computeIfAbsent(scopeKey(row), k -> new ArrayList<>())
                    .add(lifeTableRow(row)));
    for (Scope scope : scopes) {
      KaplanMeier estimate = KaplanMeier.of(lifeTables.getOrDefault(scope.key(), List.of()));
      durations.put(scope, estimate);
      counts.count(Figure.of(DURATION, "responders").at(scope), estimate.people());
      counts.count(Figure.of(DURATION, "relapses").at(scope), estimate.relapses());
    }
  }

  /** A row of a life table: relapses and censorings at a number of days. */
  private static KaplanMeier.Time lifeTableRow(Map<String, Object> row) {
    return new KaplanMeier.Time(
        (int) number(row.get("days")),
        (int) number(row.get("relapses")),
        (int) number(row.get("censored")));
  }

  /** What an episode kind's life table and days to response are kept under. */
  private static Figure lifeTable(String kind) {
    return new Figure(EPISODE_DURATION, kind, "life_table");
  }

  /**
   * Per scope and episode kind the episodes that responded and how many relapsed, from the kind's
   * life table, and the median days to response (as the report works it out).
   */
  private void episodeResponseCounts(
      List<Scope> scopes,
      CountTable<Cell> counts,
      Map<Cell, KaplanMeier> durations,
      Map<Cell, BigDecimal> daysToResponse) {
    Map<String, List<EpisodeResponse.DurationRow>> lifeTables = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT * FROM report_episode_response_duration WHERE run_id = ? ORDER BY episode_kind, days")
        .param(runId)
        .query()
        .listOfRows()
        .forEach(
            row ->
                lifeTables
                    .computeIfAbsent(scopeKey(row), k -> new ArrayList<>())
                    .add(
                        new EpisodeResponse.DurationRow(
                            (String) row.get("episode_kind"), lifeTableRow(row))));
    Map<String, List<EpisodeResponse.DaysToResponse>> toResponse = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT * FROM report_episode_time_to_response WHERE run_id = ? ORDER BY episode_kind, days")
        .param(runId)
        .query()
        .listOfRows()
        .forEach(
            row ->
                toResponse
                    .computeIfAbsent(scopeKey(row), k -> new ArrayList<>())
                    .add(
                        new EpisodeResponse.DaysToResponse(
                            (String) row.get("episode_kind"),
                            (int) number(row.get("days")),
                            (int) number(row.get("responders")))));
    for (Scope scope : scopes) {
      for (EpisodeResponse kind :
          EpisodeResponse.everyKind(
              toResponse.getOrDefault(scope.key(), List.of()),
              lifeTables.getOrDefault(scope.key(), List.of()))) {
        KaplanMeier estimate =
            KaplanMeier.of(
                lifeTables.getOrDefault(scope.key(), List.of()).stream()
                    .filter(r -> r.kind().equals(kind.kind()))
                    .map(EpisodeResponse.DurationRow::time)
                    .toList());
        durations.put(lifeTable(kind.kind()).at(scope), estimate);
        if (kind.medianDaysToResponse() != null) {
          daysToResponse.put(lifeTable(kind.kind()).at(scope), kind.medianDaysToResponse());
        }
        counts.count(
            new Figure(EPISODE_DURATION, kind.kind(), "responders").at(scope), estimate.people());
        counts.count(
            new Figure(EPISODE_DURATION, kind.kind(), "relapses").at(scope), estimate.relapses());
      }
    }
  }

  /** Visits per site from the completeness run; regions and the nation as their sums. */
  private void completenessCounts(List<Scope> scopes, long run, CountTable<Cell> counts) {
    Map<String, Map<String, Object>> bySite = new TreeMap<>();
    jdbc.sql(
            """
            SELECT site_code, visits_due, received_in_window + received_late AS received, open_now, missing
            FROM report_follow_up_completeness WHERE run_id = ?
            """)
        .param(run)
        .query()
        .listOfRows()
        .forEach(row -> bySite.put((String) row.get("site_code"), row));
    Map<Cell, Long> totals = new LinkedHashMap<>();
    Scope nation = scopes.get(0);
    for (Scope scope : scopes) {
      if (scope.level().equals("SITE")) {
        Map<String, Object> row = bySite.getOrDefault(scope.code(), Map.of());
        Scope region = new Scope("REGION", scope.region(), null);
        for (String column : COMPLETENESS_COUNTS) {
          Figure figure = Figure.of(COMPLETENESS_COUNT, column);
          long value = number(row.get(column));
          counts.count(figure.at(scope), value);
          totals.merge(figure.at(region), value, Long::sum);
          totals.merge(figure.at(nation), value, Long::sum);
        }
      }
    }
    for (Scope scope : scopes) {
      if (!scope.level().equals("SITE")) {
        for (String column : COMPLETENESS_COUNTS) {
          Cell cell = Figure.of(COMPLETENESS_COUNT, column).at(scope);
          counts.count(cell, totals.getOrDefault(cell, 0L));
        }
      }
    }
  }

  /** The run's rows of a report table, by the key a scope and its other columns make. */
  private Map<String, Map<String, Object>> rowsOfRun(
      String table, Function<Map<String, Object>, String> key) {
    Map<String, Map<String, Object>> rows = new TreeMap<>();
    jdbc.sql("SELECT * FROM " + table + " WHERE run_id = ?")
        .param(runId)
        .query()
        .listOfRows()
        .forEach(row -> rows.put(key.apply(row), row));
    return rows;
  }

  private static String scopeKey(Map<String, Object> row) {
    return row.get("scope_level") + ":" + row.get("scope_code");
  }

  /** The sums a reader could use to work out a hidden count. */
  private void sums(
      List<Scope> scopes,
      List<String> visits,
      List<TermGrade> termGrades,
      CountTable<Cell> counts) {
    List<Figure> figures = new ArrayList<>();
    COHORT_COUNTS.forEach(c -> figures.add(Figure.of(COHORT_COUNT, c)));
    for (String visit : visits) {
      VISIT_COUNTS.forEach(c -> figures.add(new Figure(OUTCOME, visit, c)));
    }
    for (TermGrade event : termGrades) {
      figures.add(new Figure(ADVERSE_EVENT, event.item(), "events"));
      figures.add(new Figure(ADVERSE_EVENT, event.item(), "serious"));
    }
    for (String kind : EPISODE_KINDS) {
      COURSE_COUNTS.forEach(c -> figures.add(new Figure(COURSE, kind, c)));
    }
    DURATION_COUNTS.forEach(c -> figures.add(Figure.of(DURATION, c)));
    for (String kind : EPISODE_KINDS) {
      DURATION_COUNTS.forEach(c -> figures.add(new Figure(EPISODE_DURATION, kind, c)));
    }
    if (completenessRun.isPresent()) {
      COMPLETENESS_COUNTS.forEach(c -> figures.add(Figure.of(COMPLETENESS_COUNT, c)));
    }
    Map<Scope, List<Scope>> sitesByRegion = new LinkedHashMap<>();
    for (Scope scope : scopes) {
      if (scope.level().equals("REGION")) {
        sitesByRegion.putIfAbsent(scope, new ArrayList<>());
      } else if (scope.level().equals("SITE")) {
        sitesByRegion
            .computeIfAbsent(new Scope("REGION", scope.region(), null), r -> new ArrayList<>())
            .add(scope);
      }
    }
    counts.rollUp(figures, scopes.get(0), sitesByRegion, Figure::at);
    Figure induction = new Figure(COURSE, EPISODE_KINDS.get(0), "episodes");
    for (Scope scope : scopes) {
      counts.sum(
          Figure.of(COHORT_COUNT, "enrolled").at(scope),
          Stream.of("active", "withdrawn", "discontinued")
              .map(c -> Figure.of(COHORT_COUNT, c).at(scope))
              .toList());
      counts.sum(
          Figure.of(COHORT_COUNT, "adverse_events").at(scope),
          termGrades.stream()
              .map(event -> new Figure(ADVERSE_EVENT, event.item(), "events").at(scope))
              .toList());
      counts.sum(
          Figure.of(COHORT_COUNT, "serious_adverse_events").at(scope),
          termGrades.stream()
              .map(event -> new Figure(ADVERSE_EVENT, event.item(), "serious").at(scope))
              .toList());
      // The course repeats cohort figures: every enrolment has one induction, and the sessions
      // of all episodes are the infusions (unless a transfer or a session before enrolment parts
      // them). Where the figures agree the system must know it, or one would give the other away.
      counts.sumWhereItHolds(
          induction.at(scope), List.of(Figure.of(COHORT_COUNT, "enrolled").at(scope)));
      counts.sumWhereItHolds(
          new Figure(COURSE, EPISODE_KINDS.get(0), "participants").at(scope),
          List.of(induction.at(scope)));
      counts.sumWhereItHolds(
          Figure.of(COHORT_COUNT, "infusions").at(scope),
          EPISODE_KINDS.stream()
              .map(kind -> new Figure(COURSE, kind, "sessions").at(scope))
              .toList());
      if (completenessRun.isPresent()) {
        counts.sum(
            Figure.of(COMPLETENESS_COUNT, "visits_due").at(scope),
            Stream.of("received", "open_now", "missing")
                .map(c -> Figure.of(COMPLETENESS_COUNT, c).at(scope))
                .toList());
      }
    }
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
