package no.followup.registry.export.dataset;

import static no.followup.registry.export.excel.Column.decimal;
import static no.followup.registry.export.excel.Column.integer;
import static no.followup.registry.export.excel.Column.text;

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
import no.followup.registry.domain.assessment.KaplanMeier;
import no.followup.registry.domain.treatment.PatientMonths;
import no.followup.registry.domain.treatment.TreatmentEpisode;
import no.followup.registry.export.disclosure.CountTable;
import no.followup.registry.export.disclosure.DisclosureControl;
import no.followup.registry.export.excel.Column;
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
 */
final class AggregatedOutcomesDataset {

  static final String SUPPRESSED = "suppressed";
  private static final String SOURCE = "nationalAggregation job";

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
  private static final String COMPLETENESS_SOURCE = "followUpCompleteness job";
  private static final List<String> COURSE_COUNTS = List.of("episodes", "participants", "sessions");
  private static final List<String> EPISODE_KINDS =
      Arrays.stream(TreatmentEpisode.Kind.values()).map(Enum::name).toList();
  private static final List<String> DURATION_COUNTS = List.of("responders", "relapses");

  /** The days after response at which the share still in response is published. */
  private static final List<Integer> DURATION_DAYS = List.of(30, 91, 182, 365);

  private static final List<Column> COHORT = cohortColumns();
  private static final List<Column> OUTCOMES = outcomeColumns();
  private static final List<Column> ADVERSE_EVENTS = adverseEventColumns();
  private static final List<Column> COMPLETENESS = completenessColumns();
  private static final List<Column> TREATMENT_COURSE = treatmentCourseColumns();
  private static final List<Column> RESPONSE_DURATION = responseDurationColumns();

  /** Every data sheet the dataset can hold, as its codebook describes them. */
  static final List<CodebookSheet> CODEBOOK =
      List.of(
          new CodebookSheet("cohort", COHORT),
          new CodebookSheet("outcomes", OUTCOMES),
          new CodebookSheet("adverse_events", ADVERSE_EVENTS),
          new CodebookSheet("treatment_course", TREATMENT_COURSE),
          new CodebookSheet("response_duration", RESPONSE_DURATION),
          new CodebookSheet("completeness", COMPLETENESS));

  private final JdbcClient jdbc;
  private final DisclosureControl control;
  private final long runId;
  private final String small;
  private final Optional<Long> completenessRun;

  /** Sums of scores behind the means: not counts of people, shown only as means. */
  private final Map<String, Long> scoreSums = new LinkedHashMap<>();

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

  /** One scope: the nation, a region or a site, and the region a site belongs to. */
  private record Scope(String level, String code, String region) {
    String key() {
      return level + ":" + code;
    }
  }

  void write(ExcelDatasetWriter out) {
    Published published = published();
    writeCohort(out, published.scopes, published.cells);
    List<ExcelDatasetWriter.WrittenRow> national =
        writeOutcomes(out, published.scopes, published.visits, published.cells);
    writeAdverseEvents(out, published.scopes, published.termGrades, published.cells);
    writeTreatmentCourse(out, published.scopes, published.cells);
    writeResponseDuration(out, published.scopes, published.cells);
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
      List<ExcelDatasetWriter.WrittenRow> sites =
          writeCompleteness(out, published.scopes, published.cells);
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
    List<String> termGrades =
        jdbc.sql(
                "SELECT DISTINCT term || '|' || severity_grade FROM report_adverse_event_count WHERE run_id = ? ORDER BY 1")
            .param(runId)
            .query(String.class)
            .list();
    CountTable counts = new CountTable();
    cohortCounts(scopes, counts);
    visitCounts(scopes, visits, counts);
    adverseEventCounts(scopes, termGrades, counts);
    courseCounts(scopes, counts);
    durationCounts(scopes, counts);
    completenessRun.ifPresent(run -> completenessCounts(scopes, run, counts));
    sums(scopes, visits, termGrades, counts);
    return new Published(scopes, visits, termGrades, new Cells(counts, control.hidden(counts)));
  }

  /**
   * The published value of each figure of one run: a number, {@code <threshold}, or {@value
   * #SUPPRESSED} (also for a mean or rate from a hidden count). What researchers download, and what
   * a site lead may see of units other than their own.
   */
  final class Published implements PublishedAggregation {

    private final List<Scope> scopes;
    private final List<String> visits;
    private final List<String> termGrades;
    private final Cells cells;

    private Published(
        List<Scope> scopes, List<String> visits, List<String> termGrades, Cells cells) {
      this.scopes = scopes;
      this.visits = visits;
      this.termGrades = termGrades;
      this.cells = cells;
    }

    @Override
    public Object cohort(String level, String code, String measure) {
      return cells.count(key("cohort", scope(level, code), measure));
    }

    @Override
    public Object meanMadrs(String level, String code, String visit) {
      Scope scope = scope(level, code);
      return cells.ratio(
          key("sums|" + visit, scope, "madrs_sum"),
          key("outcome|" + visit, scope, "assessed"),
          1,
          2);
    }

    @Override
    public Object responseRate(String level, String code, String visit) {
      Scope scope = scope(level, code);
      String at = "outcome|" + visit;
      return cells.ratio(key(at, scope, "responders"), key(at, scope, "with_baseline"), 1, 3);
    }

    @Override
    public Object remissionRate(String level, String code, String visit) {
      Scope scope = scope(level, code);
      String at = "outcome|" + visit;
      return cells.ratio(key(at, scope, "remitters"), key(at, scope, "assessed"), 1, 3);
    }

    private Scope scope(String level, String code) {
      return scopes.stream()
          .filter(s -> s.level().equals(level) && s.code().equals(code))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no scope " + level + " " + code));
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

  private void cohortCounts(List<Scope> scopes, CountTable counts) {
    Map<String, Map<String, Object>> rows =
        rowsOfRun("report_cohort", AggregatedOutcomesDataset::scopeKey);
    for (Scope scope : scopes) {
      Map<String, Object> row = rows.getOrDefault(scope.key(), Map.of());
      for (String column : COHORT_COUNTS) {
        counts.count(key("cohort", scope, column), number(row.get(column)));
      }
    }
  }

  private void visitCounts(List<Scope> scopes, List<String> visits, CountTable counts) {
    Map<String, Map<String, Object>> rows =
        rowsOfRun("report_visit_outcome", row -> scopeKey(row) + "|" + row.get("visit_code"));
    for (Scope scope : scopes) {
      for (String visit : visits) {
        Map<String, Object> row = rows.getOrDefault(scope.key() + "|" + visit, Map.of());
        for (String column : VISIT_COUNTS) {
          counts.count(key("outcome|" + visit, scope, column), number(row.get(column)));
        }
        scoreSums.put(key("sums|" + visit, scope, "madrs_sum"), number(row.get("madrs_sum")));
        scoreSums.put(key("sums|" + visit, scope, "change_sum"), number(row.get("change_sum")));
      }
    }
  }

  private void adverseEventCounts(List<Scope> scopes, List<String> termGrades, CountTable counts) {
    Map<String, Map<String, Object>> rows =
        rowsOfRun(
            "report_adverse_event_count",
            row -> scopeKey(row) + "|" + row.get("term") + "|" + row.get("severity_grade"));
    for (Scope scope : scopes) {
      for (String termGrade : termGrades) {
        Map<String, Object> row = rows.getOrDefault(scope.key() + "|" + termGrade, Map.of());
        counts.count(key("ae|" + termGrade, scope, "events"), number(row.get("events")));
        counts.count(key("ae|" + termGrade, scope, "serious"), number(row.get("serious")));
      }
    }
  }

  /** Episodes, the enrolments that had them and their sessions, per scope and episode kind. */
  private void courseCounts(List<Scope> scopes, CountTable counts) {
    Map<String, Map<String, Object>> rows =
        rowsOfRun("report_treatment_course", row -> scopeKey(row) + "|" + row.get("episode_kind"));
    for (Scope scope : scopes) {
      for (String kind : EPISODE_KINDS) {
        Map<String, Object> row = rows.getOrDefault(scope.key() + "|" + kind, Map.of());
        for (String column : COURSE_COUNTS) {
          counts.count(key("course|" + kind, scope, column), number(row.get(column)));
        }
        scoreSums.put(key("days|" + kind, scope, "person_days"), number(row.get("person_days")));
      }
    }
  }

  /** Each scope's Kaplan–Meier estimate of response, over its life table. */
  private final Map<String, KaplanMeier> durations = new LinkedHashMap<>();

  /** Per scope the enrolments that responded and how many relapsed, from its life table. */
  private void durationCounts(List<Scope> scopes, CountTable counts) {
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
                    .add(
                        new KaplanMeier.Time(
                            (int) number(row.get("days")),
                            (int) number(row.get("relapses")),
                            (int) number(row.get("censored")))));
    for (Scope scope : scopes) {
      KaplanMeier estimate = KaplanMeier.of(lifeTables.getOrDefault(scope.key(), List.of()));
      durations.put(scope.key(), estimate);
      counts.count(key("duration", scope, "responders"), estimate.people());
      counts.count(key("duration", scope, "relapses"), estimate.relapses());
    }
  }

  /** Visits per site from the completeness run; regions and the nation as their sums. */
  private void completenessCounts(List<Scope> scopes, long run, CountTable counts) {
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
    Map<String, Long> totals = new LinkedHashMap<>();
    for (Scope scope : scopes) {
      if (scope.level().equals("SITE")) {
        Map<String, Object> row = bySite.getOrDefault(scope.code(), Map.of());
        for (String column : COMPLETENESS_COUNTS) {
          long value = number(row.get(column));
          counts.count(key("completeness", scope, column), value);
          totals.merge("REGION:" + scope.region() + "#" + column, value, Long::sum);
          totals.merge("NATIONAL:NATIONAL#" + column, value, Long::sum);
        }
      }
    }
    for (Scope scope : scopes) {
      if (!scope.level().equals("SITE")) {
        for (String column : COMPLETENESS_COUNTS) {
          counts.count(
              key("completeness", scope, column),
              totals.getOrDefault(scope.key() + "#" + column, 0L));
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
      List<Scope> scopes, List<String> visits, List<String> termGrades, CountTable counts) {
    List<String> measures = new ArrayList<>();
    COHORT_COUNTS.forEach(c -> measures.add("cohort#" + c));
    for (String visit : visits) {
      VISIT_COUNTS.forEach(c -> measures.add("outcome|" + visit + "#" + c));
    }
    for (String termGrade : termGrades) {
      measures.add("ae|" + termGrade + "#events");
      measures.add("ae|" + termGrade + "#serious");
    }
    for (String kind : EPISODE_KINDS) {
      COURSE_COUNTS.forEach(c -> measures.add("course|" + kind + "#" + c));
    }
    DURATION_COUNTS.forEach(c -> measures.add("duration#" + c));
    if (completenessRun.isPresent()) {
      COMPLETENESS_COUNTS.forEach(c -> measures.add("completeness#" + c));
    }
    Scope nation = scopes.get(0);
    Map<String, List<Scope>> sitesByRegion = new LinkedHashMap<>();
    List<Scope> regions = new ArrayList<>();
    for (Scope scope : scopes) {
      if (scope.level().equals("REGION")) {
        regions.add(scope);
        sitesByRegion.putIfAbsent(scope.code(), new ArrayList<>());
      } else if (scope.level().equals("SITE")) {
        sitesByRegion.computeIfAbsent(scope.region(), r -> new ArrayList<>()).add(scope);
      }
    }
    for (String measure : measures) {
      String sheet = measure.substring(0, measure.indexOf('#'));
      String column = measure.substring(measure.indexOf('#') + 1);
      for (Scope region : regions) {
        counts.sum(
            key(sheet, region, column),
            sitesByRegion.get(region.code()).stream().map(s -> key(sheet, s, column)).toList());
      }
      counts.sum(
          key(sheet, nation, column), regions.stream().map(r -> key(sheet, r, column)).toList());
    }
    for (Scope scope : scopes) {
      counts.sum(
          key("cohort", scope, "enrolled"),
          List.of(
              key("cohort", scope, "active"),
              key("cohort", scope, "withdrawn"),
              key("cohort", scope, "discontinued")));
      counts.sum(
          key("cohort", scope, "adverse_events"),
          termGrades.stream().map(tg -> key("ae|" + tg, scope, "events")).toList());
      counts.sum(
          key("cohort", scope, "serious_adverse_events"),
          termGrades.stream().map(tg -> key("ae|" + tg, scope, "serious")).toList());
      // The course repeats cohort figures: every enrolment has one induction, and the sessions
      // of all episodes are the infusions (unless a transfer or a session before enrolment parts
      // them). Where the figures agree the system must know it, or one would give the other away.
      String induction = "course|" + EPISODE_KINDS.get(0);
      sameAs(counts, key(induction, scope, "episodes"), List.of(key("cohort", scope, "enrolled")));
      sameAs(
          counts,
          key(induction, scope, "participants"),
          List.of(key(induction, scope, "episodes")));
      sameAs(
          counts,
          key("cohort", scope, "infusions"),
          EPISODE_KINDS.stream().map(kind -> key("course|" + kind, scope, "sessions")).toList());
      if (completenessRun.isPresent()) {
        counts.sum(
            key("completeness", scope, "visits_due"),
            List.of(
                key("completeness", scope, "received"),
                key("completeness", scope, "open_now"),
                key("completeness", scope, "missing")));
      }
    }
  }

  /** Adds total = sum of parts to the system where the figures hold it. */
  private static void sameAs(CountTable counts, String total, List<String> parts) {
    if (counts.value(total) == parts.stream().mapToLong(counts::value).sum()) {
      counts.sum(total, parts);
    }
  }

  private void writeCohort(ExcelDatasetWriter out, List<Scope> scopes, Cells cells) {
    ExcelDatasetWriter.SheetOut sheet = out.sheet("cohort", COHORT);
    for (Scope scope : scopes) {
      List<Object> row = new ArrayList<>(List.of(scope.level(), scope.code()));
      for (String column : COHORT_COUNTS.subList(0, 6)) {
        row.add(cells.count(key("cohort", scope, column)));
      }
      row.add(
          cells.ratio(
              key("cohort", scope, "infusions"),
              key("cohort", scope, "participants_infused"),
              1,
              2));
      for (String column : COHORT_COUNTS.subList(6, COHORT_COUNTS.size())) {
        row.add(cells.count(key("cohort", scope, column)));
      }
      sheet.row(row.toArray());
    }
  }

  /** Writes the outcomes sheet; returns the nation's rows, which come first. */
  private List<ExcelDatasetWriter.WrittenRow> writeOutcomes(
      ExcelDatasetWriter out, List<Scope> scopes, List<String> visits, Cells cells) {
    List<ExcelDatasetWriter.WrittenRow> national = new ArrayList<>();
    ExcelDatasetWriter.SheetOut sheet = out.sheet("outcomes", OUTCOMES);
    for (Scope scope : scopes) {
      for (String visit : visits) {
        String at = "outcome|" + visit;
        String sums = "sums|" + visit;
        ExcelDatasetWriter.WrittenRow row =
            sheet.row(
                scope.level(),
                scope.code(),
                visit,
                cells.count(key(at, scope, "assessed")),
                cells.ratio(key(sums, scope, "madrs_sum"), key(at, scope, "assessed"), 1, 2),
                cells.count(key(at, scope, "with_baseline")),
                cells.ratio(key(sums, scope, "change_sum"), key(at, scope, "with_baseline"), 1, 2),
                cells.count(key(at, scope, "responders")),
                cells.ratio(key(at, scope, "responders"), key(at, scope, "with_baseline"), 1, 3),
                cells.count(key(at, scope, "remitters")),
                cells.ratio(key(at, scope, "remitters"), key(at, scope, "assessed"), 1, 3));
        if (scope.level().equals("NATIONAL")) {
          national.add(row);
        }
      }
    }
    return national;
  }

  /** Writes the completeness sheet; returns the sites' rows, which come last. */
  private List<ExcelDatasetWriter.WrittenRow> writeCompleteness(
      ExcelDatasetWriter out, List<Scope> scopes, Cells cells) {
    ExcelDatasetWriter.SheetOut sheet = out.sheet("completeness", COMPLETENESS);
    List<ExcelDatasetWriter.WrittenRow> sites = new ArrayList<>();
    for (Scope scope : scopes) {
      List<Object> row = new ArrayList<>(List.of(scope.level(), scope.code()));
      for (String column : COMPLETENESS_COUNTS) {
        row.add(cells.count(key("completeness", scope, column)));
      }
      row.add(
          cells.share(
              key("completeness", scope, "received"), key("completeness", scope, "missing")));
      ExcelDatasetWriter.WrittenRow written = sheet.row(row.toArray());
      if (scope.level().equals("SITE")) {
        sites.add(written);
      }
    }
    return sites;
  }

  /**
   * Writes the treatment course sheet: per scope and episode kind the episodes, the enrolments that
   * had one, the patient-months spent in them and the sessions given, per patient-month. Time and
   * rates are hidden with the enrolments or sessions they come from.
   */
  private void writeTreatmentCourse(ExcelDatasetWriter out, List<Scope> scopes, Cells cells) {
    ExcelDatasetWriter.SheetOut sheet = out.sheet("treatment_course", TREATMENT_COURSE);
    for (Scope scope : scopes) {
      for (String kind : EPISODE_KINDS) {
        String at = "course|" + kind;
        long days = scoreSums.get(key("days|" + kind, scope, "person_days"));
        boolean timeHidden = cells.hides(key(at, scope, "participants"));
        boolean rateHidden = timeHidden || cells.hides(key(at, scope, "sessions"));
        long sessions = cells.value(key(at, scope, "sessions"));
        sheet.row(
            scope.level(),
            scope.code(),
            kind,
            cells.count(key(at, scope, "episodes")),
            cells.count(key(at, scope, "participants")),
            timeHidden ? SUPPRESSED : PatientMonths.of(days),
            cells.count(key(at, scope, "sessions")),
            rateHidden ? SUPPRESSED : PatientMonths.sessionsPerMonth(sessions, days));
      }
    }
  }

  /**
   * Writes how long response lasted: per scope the enrolments that responded, the relapses, the
   * Kaplan–Meier share still in response 1, 3, 6 and 12 months after response and the median
   * duration with its 95 % limits. The estimates are hidden with the counts of their life table (a
   * share of a few people would tell about each of them).
   */
  private void writeResponseDuration(ExcelDatasetWriter out, List<Scope> scopes, Cells cells) {
    ExcelDatasetWriter.SheetOut sheet = out.sheet("response_duration", RESPONSE_DURATION);
    for (Scope scope : scopes) {
      KaplanMeier estimate = durations.get(scope.key());
      boolean hidden =
          cells.hides(key("duration", scope, "responders"))
              || cells.hides(key("duration", scope, "relapses"));
      List<Object> row = new ArrayList<>(List.of(scope.level(), scope.code()));
      row.add(cells.count(key("duration", scope, "responders")));
      row.add(cells.count(key("duration", scope, "relapses")));
      for (int days : DURATION_DAYS) {
        row.add(hidden ? SUPPRESSED : estimate.publishedShareAt(days).orElse(null));
      }
      row.add(hidden ? SUPPRESSED : estimate.median().orElse(null));
      row.add(hidden ? SUPPRESSED : estimate.medianLower().orElse(null));
      row.add(hidden ? SUPPRESSED : estimate.medianUpper().orElse(null));
      sheet.row(row.toArray());
    }
  }

  private void writeAdverseEvents(
      ExcelDatasetWriter out, List<Scope> scopes, List<String> termGrades, Cells cells) {
    ExcelDatasetWriter.SheetOut sheet = out.sheet("adverse_events", ADVERSE_EVENTS);
    for (Scope scope : scopes) {
      for (String termGrade : termGrades) {
        String at = "ae|" + termGrade;
        String[] parts = termGrade.split("\\|");
        sheet.row(
            scope.level(),
            scope.code(),
            parts[0],
            Integer.parseInt(parts[1]),
            cells.count(key(at, scope, "events")),
            cells.count(key(at, scope, "serious")),
            cells.ratio(key(at, scope, "events"), key("cohort", scope, "infusions"), 100, 2));
      }
    }
  }

  private static List<Column> cohortColumns() {
    List<Column> columns = new ArrayList<>(scopeColumns());
    columns.add(
        integer(
            "enrolled", "Enrolments by the as-of date", "enrolments", "≥ 0 or <threshold", SOURCE));
    columns.add(
        integer(
            "active", "Enrolled, neither withdrawn nor discontinued", "enrolments", "", SOURCE));
    columns.add(integer("withdrawn", "Consent withdrawn", "enrolments", "", SOURCE));
    columns.add(
        integer(
            "discontinued", "Treatment discontinued (not withdrawn)", "enrolments", "", SOURCE));
    columns.add(integer("infusions", "Infusions given", "infusions", "", SOURCE));
    columns.add(
        integer(
            "participants_infused",
            "Enrolments with at least one infusion",
            "enrolments",
            "",
            SOURCE));
    columns.add(
        decimal(
            "infusions_per_participant",
            "Infusions per infused enrolment",
            "infusions",
            "",
            SOURCE));
    columns.add(
        integer(
            "participants_past_limits",
            "Enrolments past a protocol limit (dose, induction series, 28 days)",
            "enrolments",
            "",
            SOURCE));
    columns.add(integer("adverse_events", "Adverse events", "events", "", SOURCE));
    columns.add(integer("serious_adverse_events", "Serious adverse events", "events", "", SOURCE));
    return List.copyOf(columns);
  }

  private static List<Column> outcomeColumns() {
    List<Column> columns = new ArrayList<>(scopeColumns());
    columns.add(text("visit", "Visit", "BASELINE, MIDWAY, …", "study schedule"));
    columns.add(
        integer("assessed", "Enrolments with a MADRS at the visit", "enrolments", "", SOURCE));
    columns.add(decimal("mean_madrs", "Mean MADRS", "points", "0–60", SOURCE));
    columns.add(
        integer("with_baseline", "Of those, with a baseline MADRS", "enrolments", "", SOURCE));
    columns.add(decimal("mean_change", "Mean change from baseline", "points", "-60–60", SOURCE));
    columns.add(integer("responders", "MADRS fallen by at least half", "enrolments", "", SOURCE));
    columns.add(
        decimal("response_rate", "Responders / with baseline", "proportion", "0–1", SOURCE));
    columns.add(integer("remitters", "MADRS 10 or less", "enrolments", "", SOURCE));
    columns.add(decimal("remission_rate", "Remitters / assessed", "proportion", "0–1", SOURCE));
    return List.copyOf(columns);
  }

  private static List<Column> adverseEventColumns() {
    List<Column> columns = new ArrayList<>(scopeColumns());
    columns.add(text("term", "Adverse event term", "NAUSEA, CYSTITIS, …", SOURCE));
    columns.add(integer("grade", "Severity grade", "", "1–5", SOURCE));
    columns.add(integer("events", "Events", "events", "", SOURCE));
    columns.add(integer("serious", "Of those, serious", "events", "", SOURCE));
    columns.add(decimal("per_100_infusions", "Events per 100 infusions", "events", "≥ 0", SOURCE));
    return List.copyOf(columns);
  }

  private static List<Column> completenessColumns() {
    List<Column> columns = new ArrayList<>(scopeColumns());
    columns.add(
        integer(
            "visits_due",
            "Scheduled visits whose window has opened by the as-of date",
            "visits",
            "",
            COMPLETENESS_SOURCE));
    columns.add(
        integer("received", "Received, in the window or late", "visits", "", COMPLETENESS_SOURCE));
    columns.add(
        integer("open_now", "Window still open, not received", "visits", "", COMPLETENESS_SOURCE));
    columns.add(
        integer("missing", "Window closed, not received", "visits", "", COMPLETENESS_SOURCE));
    columns.add(
        decimal(
            "completeness",
            "Received / (received + missing): of the visits whose window has closed",
            "proportion",
            "0–1",
            COMPLETENESS_SOURCE));
    return List.copyOf(columns);
  }

  private static List<Column> treatmentCourseColumns() {
    List<Column> columns = new ArrayList<>(scopeColumns());
    columns.add(
        text(
            "episode_kind",
            "Kind of treatment episode",
            String.join(", ", EPISODE_KINDS),
            "started by the sites"));
    columns.add(integer("episodes", "Episodes begun by the as-of date", "episodes", "", SOURCE));
    columns.add(
        integer(
            "participants", "Enrolments with an episode of the kind", "enrolments", "", SOURCE));
    columns.add(
        decimal(
            "patient_months",
            "Time spent in the episodes: from each start to its end, the end of follow-up or the"
                + " as-of date (days / 30.4375)",
            "patient-months",
            "",
            SOURCE));
    columns.add(
        integer(
            "sessions", "Treatment sessions given within the episodes", "sessions", "", SOURCE));
    columns.add(
        decimal(
            "sessions_per_patient_month",
            "Sessions per patient-month; empty with no time to divide by",
            "sessions",
            "",
            SOURCE));
    return List.copyOf(columns);
  }

  private static List<Column> responseDurationColumns() {
    String derived = "nationalAggregation job: Kaplan–Meier over its life table";
    List<Column> columns = new ArrayList<>(scopeColumns());
    columns.add(
        integer(
            "responders",
            "Enrolments that responded (a later MADRS at least 50 % below a positive baseline)",
            "enrolments",
            "",
            SOURCE));
    columns.add(
        integer(
            "relapses",
            "Of those, relapsed by the as-of date (no longer a response and at least the study"
                + " version's relapse threshold); the others are censored at their last MADRS",
            "enrolments",
            "",
            SOURCE));
    for (String months : List.of("1", "3", "6", "12")) {
      columns.add(
          decimal(
              "in_response_" + months + "m",
              "Share still in response "
                  + months
                  + (months.equals("1") ? " month" : " months")
                  + " after response (30, 91, 182, 365 days); empty when nobody was followed"
                  + " that long",
              "proportion",
              "0–1",
              derived));
    }
    columns.add(
        integer(
            "median_days",
            "Median duration of response; empty when not reached",
            "days",
            "",
            derived));
    columns.add(
        integer(
            "median_lower_days",
            "Lower 95 % limit of the median (Greenwood, log scale)",
            "days",
            "",
            derived));
    columns.add(
        integer(
            "median_upper_days",
            "Upper 95 % limit of the median; empty when not reached",
            "days",
            "",
            derived));
    return List.copyOf(columns);
  }

  private static List<Column> scopeColumns() {
    return List.of(
        text("level", "Level of the figures", "NATIONAL, REGION, SITE", SOURCE),
        text("scope", "The nation, the health region or the site code", "", "site register"));
  }

  private static String key(String sheet, Scope scope, String column) {
    return sheet + "#" + scope.key() + "#" + column;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** The published value of each cell: the count, {@code <threshold}, or suppressed. */
  private final class Cells {

    private final CountTable counts;
    private final Set<String> hidden;

    Cells(CountTable counts, Set<String> hidden) {
      this.counts = counts;
      this.hidden = new LinkedHashSet<>(hidden);
    }

    boolean hides(String key) {
      return hidden.contains(key);
    }

    long value(String key) {
      return counts.value(key);
    }

    Object count(String key) {
      if (!hidden.contains(key)) {
        return counts.value(key);
      }
      long value = counts.value(key);
      return value > 0 && value < control.threshold() ? small : SUPPRESSED;
    }

    /** part / (part + other), hidden when either is, empty when both are 0. */
    Object share(String part, String other) {
      if (hidden.contains(part) || hidden.contains(other)) {
        return SUPPRESSED;
      }
      long whole = counts.value(part) + counts.value(other);
      return whole == 0
          ? null
          : BigDecimal.valueOf(counts.value(part))
              .divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }

    /** scale × numerator / denominator, hidden when either is, empty when the denominator is 0. */
    Object ratio(String numerator, String denominator, int scale, int decimals) {
      if (hidden.contains(numerator) || hidden.contains(denominator)) {
        return SUPPRESSED;
      }
      long d = counts.value(denominator);
      long n =
          scoreSums.containsKey(numerator) ? scoreSums.get(numerator) : counts.value(numerator);
      return d == 0
          ? null
          : BigDecimal.valueOf(scale * n)
              .divide(BigDecimal.valueOf(d), decimals, RoundingMode.HALF_UP);
    }
  }
}
