package no.followup.registry.export.dataset;

import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.ADVERSE_EVENT;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.COHORT_COUNT;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.COMPLETENESS_COUNT;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.COMPLETENESS_SOURCE;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.COURSE;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.COURSE_DAYS;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.DURATION;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.DURATION_DAYS;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.DURATION_SOURCE;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.EPISODE_DURATION;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.EPISODE_KINDS;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.OUTCOME;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.SCORE_SUM;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.SOURCE;
import static no.followup.registry.export.dataset.AggregatedOutcomesDataset.SUPPRESSED;
import static no.followup.registry.export.excel.Column.decimal;
import static no.followup.registry.export.excel.Column.integer;
import static no.followup.registry.export.excel.Column.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.followup.registry.domain.assessment.KaplanMeier;
import no.followup.registry.domain.treatment.PatientMonths;
import no.followup.registry.export.dataset.AggregatedOutcomesDataset.Figure;
import no.followup.registry.export.dataset.AggregatedOutcomesDataset.Published;
import no.followup.registry.export.dataset.AggregatedOutcomesDataset.Scope;
import no.followup.registry.export.dataset.AggregatedOutcomesDataset.TermGrade;
import no.followup.registry.export.excel.Column;
import no.followup.registry.export.excel.ExcelDatasetWriter;

/**
 * The sheets of the aggregated dataset, each declared once: every column with its codebook entry
 * and how its value is worked out from the published figures of a scope (and of a visit, an adverse
 * event term and grade or an episode kind), so the codebook and the rows cannot drift apart.
 */
final class AggregatedOutcomesSheets {

  private AggregatedOutcomesSheets() {}

  /** How a row's value is worked out from the published figures, for a scope and an item. */
  @FunctionalInterface
  interface Value<I> {
    Object of(Published figures, Scope scope, I item);
  }

  /** A column of a sheet: its codebook entry and its value. */
  record Col<I>(Column column, Value<I> value) {}

  /** A data sheet: its name and its columns, in order. */
  record Sheet<I>(String name, List<Col<I>> columns) {

    CodebookSheet codebook() {
      return new CodebookSheet(name, columns.stream().map(Col::column).toList());
    }

    ExcelDatasetWriter.SheetOut open(ExcelDatasetWriter out) {
      return out.sheet(name, codebook().columns());
    }

    ExcelDatasetWriter.WrittenRow row(
        ExcelDatasetWriter.SheetOut sheet, Published figures, Scope scope, I item) {
      return sheet.row(columns.stream().map(c -> c.value().of(figures, scope, item)).toArray());
    }
  }

  private static final Column MEDIAN_DAYS =
      integer(
          "median_days",
          "Median duration of response; empty when not reached",
          "days",
          "",
          DURATION_SOURCE);

  /** The item column of the sheets per episode kind. */
  private static final Col<String> EPISODE_KIND =
      new Col<>(
          text(
              "episode_kind",
              "Kind of treatment episode",
              String.join(", ", EPISODE_KINDS),
              "started by the sites"),
          (p, s, kind) -> kind);

  static final Sheet<Void> COHORT =
      sheet(
          "cohort",
          count(
              integer(
                  "enrolled",
                  "Enrolments by the as-of date",
                  "enrolments",
                  "≥ 0 or <threshold",
                  SOURCE)),
          count(
              integer(
                  "active",
                  "Enrolled, neither withdrawn nor discontinued",
                  "enrolments",
                  "",
                  SOURCE)),
          count(integer("withdrawn", "Consent withdrawn", "enrolments", "", SOURCE)),
          count(
              integer(
                  "discontinued",
                  "Treatment discontinued (not withdrawn)",
                  "enrolments",
                  "",
                  SOURCE)),
          count(integer("infusions", "Infusions given", "infusions", "", SOURCE)),
          count(
              integer(
                  "participants_infused",
                  "Enrolments with at least one infusion",
                  "enrolments",
                  "",
                  SOURCE)),
          new Col<>(
              decimal(
                  "infusions_per_participant",
                  "Infusions per infused enrolment",
                  "infusions",
                  "",
                  SOURCE),
              (p, scope, none) ->
                  p.ratio(
                      Figure.of(COHORT_COUNT, "infusions"),
                      Figure.of(COHORT_COUNT, "participants_infused"),
                      scope,
                      1,
                      2)),
          count(
              integer(
                  "participants_past_limits",
                  "Enrolments past a protocol limit (dose, induction series, 28 days)",
                  "enrolments",
                  "",
                  SOURCE)),
          count(integer("adverse_events", "Adverse events", "events", "", SOURCE)),
          count(integer("serious_adverse_events", "Serious adverse events", "events", "", SOURCE)));

  static final Sheet<String> OUTCOMES =
      sheet(
          "outcomes",
          new Col<>(
              text("visit", "Visit", "BASELINE, MIDWAY, …", "study schedule"), (p, s, v) -> v),
          visitCount(
              integer(
                  "assessed", "Enrolments with a MADRS at the visit", "enrolments", "", SOURCE)),
          visitRatio(
              decimal("mean_madrs", "Mean MADRS", "points", "0–60", SOURCE),
              new Figure(SCORE_SUM, "", "madrs_sum"),
              "assessed",
              2),
          visitCount(
              integer(
                  "with_baseline", "Of those, with a baseline MADRS", "enrolments", "", SOURCE)),
          visitRatio(
              decimal("mean_change", "Mean change from baseline", "points", "-60–60", SOURCE),
              new Figure(SCORE_SUM, "", "change_sum"),
              "with_baseline",
              2),
          visitCount(
              integer("responders", "MADRS fallen by at least half", "enrolments", "", SOURCE)),
          visitRatio(
              decimal("response_rate", "Responders / with baseline", "proportion", "0–1", SOURCE),
              new Figure(OUTCOME, "", "responders"),
              "with_baseline",
              3),
          visitCount(integer("remitters", "MADRS 10 or less", "enrolments", "", SOURCE)),
          visitRatio(
              decimal("remission_rate", "Remitters / assessed", "proportion", "0–1", SOURCE),
              new Figure(OUTCOME, "", "remitters"),
              "assessed",
              3));

  static final Sheet<TermGrade> ADVERSE_EVENTS =
      sheet(
          "adverse_events",
          new Col<>(
              text("term", "Adverse event term", "NAUSEA, CYSTITIS, …", SOURCE),
              (p, s, event) -> event.term()),
          new Col<>(
              integer("grade", "Severity grade", "", "1–5", SOURCE),
              (p, s, event) -> event.grade()),
          eventCount(integer("events", "Events", "events", "", SOURCE)),
          eventCount(integer("serious", "Of those, serious", "events", "", SOURCE)),
          new Col<>(
              decimal("per_100_infusions", "Events per 100 infusions", "events", "≥ 0", SOURCE),
              (p, scope, event) ->
                  p.ratio(
                      new Figure(ADVERSE_EVENT, event.item(), "events"),
                      Figure.of(COHORT_COUNT, "infusions"),
                      scope,
                      100,
                      2)));

  /**
   * Per scope and episode kind the episodes, the enrolments that had one, the patient-months spent
   * in them and the sessions given, per patient-month. Time and rates are hidden with the
   * enrolments or sessions they come from.
   */
  static final Sheet<String> TREATMENT_COURSE =
      sheet(
          "treatment_course",
          EPISODE_KIND,
          courseCount(
              integer("episodes", "Episodes begun by the as-of date", "episodes", "", SOURCE)),
          courseCount(
              integer(
                  "participants",
                  "Enrolments with an episode of the kind",
                  "enrolments",
                  "",
                  SOURCE)),
          new Col<>(
              decimal(
                  "patient_months",
                  "Time spent in the episodes: from each start to its end, the end of follow-up or"
                      + " the as-of date (days / 30.4375)",
                  "patient-months",
                  "",
                  SOURCE),
              (p, scope, kind) ->
                  p.hides(new Figure(COURSE, kind, "participants"), scope)
                      ? SUPPRESSED
                      : PatientMonths.of(
                          p.sum(new Figure(COURSE_DAYS, kind, "person_days"), scope))),
          courseCount(
              integer(
                  "sessions",
                  "Treatment sessions given within the episodes",
                  "sessions",
                  "",
                  SOURCE)),
          new Col<>(
              decimal(
                  "sessions_per_patient_month",
                  "Sessions per patient-month; empty with no time to divide by",
                  "sessions",
                  "",
                  SOURCE),
              (p, scope, kind) ->
                  p.hides(new Figure(COURSE, kind, "participants"), scope)
                          || p.hides(new Figure(COURSE, kind, "sessions"), scope)
                      ? SUPPRESSED
                      : PatientMonths.sessionsPerMonth(
                          p.value(new Figure(COURSE, kind, "sessions"), scope),
                          p.sum(new Figure(COURSE_DAYS, kind, "person_days"), scope))));

  /**
   * How long response lasted: per scope the enrolments that responded, the relapses, the
   * Kaplan–Meier share still in response 1, 3, 6 and 12 months after response and the median
   * duration with its 95 % limits. The estimates are hidden with the counts of their life table (a
   * share of a few people would tell about each of them).
   */
  static final Sheet<Void> RESPONSE_DURATION =
      sheet(
          "response_duration",
          durationCount(
              integer(
                  "responders",
                  "Enrolments that responded (a later MADRS at least 50 % below a positive"
                      + " baseline)",
                  "enrolments",
                  "",
                  SOURCE)),
          durationCount(
              integer(
                  "relapses",
                  "Of those, relapsed by the as-of date (no longer a response and at least the"
                      + " study version's relapse threshold); the others are censored at their last"
                      + " MADRS",
                  "enrolments",
                  "",
                  SOURCE)),
          inResponseAfter("1", " month", 0),
          inResponseAfter("3", " months", 1),
          inResponseAfter("6", " months", 2),
          inResponseAfter("12", " months", 3),
          estimate(MEDIAN_DAYS, estimate -> estimate.median().orElse(null)),
          estimate(
              integer(
                  "median_lower_days",
                  "Lower 95 % limit of the median (Greenwood, log scale)",
                  "days",
                  "",
                  DURATION_SOURCE),
              estimate -> estimate.medianLower().orElse(null)),
          estimate(
              integer(
                  "median_upper_days",
                  "Upper 95 % limit of the median; empty when not reached",
                  "days",
                  "",
                  DURATION_SOURCE),
              estimate -> estimate.medianUpper().orElse(null)));

  /**
   * Response per episode kind: each episode's scores against its own baseline (maintenance: that of
   * the series it maintains). The episodes that responded, the relapses, the median days from the
   * episode's first session to its response, and the Kaplan–Meier figures of how long the response
   * lasted; everything but the counts is hidden with the counts of the kind's life table.
   */
  static final Sheet<String> EPISODE_RESPONSE =
      sheet(
          "response_by_episode_kind",
          EPISODE_KIND,
          episodeDurationCount(
              integer(
                  "responders",
                  "Episodes that responded: a MADRS of the episode at least 50 % below its"
                      + " baseline",
                  "episodes",
                  "",
                  SOURCE)),
          episodeDurationCount(
              integer(
                  "relapses",
                  "Of those, relapsed by the as-of date; the others are censored at the episode's"
                      + " last MADRS",
                  "episodes",
                  "",
                  SOURCE)),
          episodeEstimate(
              decimal(
                  "median_days_to_response",
                  "Median days from the episode's first session to its response",
                  "days",
                  "",
                  SOURCE),
              (p, scope, kind) -> p.daysToResponse(scope, kind)),
          episodeInResponseAfter("3", 1),
          episodeInResponseAfter("6", 2),
          episodeInResponseAfter("12", 3),
          episodeEstimate(
              MEDIAN_DAYS, (p, scope, kind) -> p.duration(scope, kind).median().orElse(null)));

  static final Sheet<Void> COMPLETENESS =
      sheet(
          "completeness",
          completenessCount(
              integer(
                  "visits_due",
                  "Scheduled visits whose window has opened by the as-of date",
                  "visits",
                  "",
                  COMPLETENESS_SOURCE)),
          completenessCount(
              integer(
                  "received",
                  "Received, in the window or late",
                  "visits",
                  "",
                  COMPLETENESS_SOURCE)),
          completenessCount(
              integer(
                  "open_now",
                  "Window still open, not received",
                  "visits",
                  "",
                  COMPLETENESS_SOURCE)),
          completenessCount(
              integer("missing", "Window closed, not received", "visits", "", COMPLETENESS_SOURCE)),
          new Col<>(
              decimal(
                  "completeness",
                  "Received / (received + missing): of the visits whose window has closed",
                  "proportion",
                  "0–1",
                  COMPLETENESS_SOURCE),
              (p, scope, none) ->
                  p.share(
                      Figure.of(COMPLETENESS_COUNT, "received"),
                      Figure.of(COMPLETENESS_COUNT, "missing"),
                      scope)));

  /** Every data sheet the dataset can hold, as its codebook describes them. */
  static final List<CodebookSheet> CODEBOOK =
      List.of(
          COHORT.codebook(),
          OUTCOMES.codebook(),
          ADVERSE_EVENTS.codebook(),
          TREATMENT_COURSE.codebook(),
          RESPONSE_DURATION.codebook(),
          EPISODE_RESPONSE.codebook(),
          COMPLETENESS.codebook());

  @SafeVarargs
  private static <I> Sheet<I> sheet(String name, Col<I>... columns) {
    List<Col<I>> all = new ArrayList<>();
    all.add(
        new Col<>(
            text("level", "Level of the figures", "NATIONAL, REGION, SITE", SOURCE),
            (p, scope, item) -> scope.level()));
    all.add(
        new Col<>(
            text("scope", "The nation, the health region or the site code", "", "site register"),
            (p, scope, item) -> scope.code()));
    all.addAll(List.of(columns));
    return new Sheet<>(name, List.copyOf(all));
  }

  /** A column that publishes the count of its own name from a table without items. */
  private static Col<Void> count(Column column) {
    return new Col<>(
        column, (p, scope, none) -> p.count(Figure.of(COHORT_COUNT, column.name()), scope));
  }

  private static Col<String> visitCount(Column column) {
    return new Col<>(
        column, (p, scope, visit) -> p.count(new Figure(OUTCOME, visit, column.name()), scope));
  }

  /**
   * A mean or rate at the visit: the numerator (a count, or a sum of scores) over a count of the
   * visit's outcomes, to the given decimals.
   */
  private static Col<String> visitRatio(
      Column column, Figure numerator, String denominator, int decimals) {
    return new Col<>(
        column,
        (p, scope, visit) ->
            p.ratio(
                new Figure(numerator.table(), visit, numerator.column()),
                new Figure(OUTCOME, visit, denominator),
                scope,
                1,
                decimals));
  }

  private static Col<TermGrade> eventCount(Column column) {
    return new Col<>(
        column,
        (p, scope, event) ->
            p.count(new Figure(ADVERSE_EVENT, event.item(), column.name()), scope));
  }

  private static Col<String> courseCount(Column column) {
    return new Col<>(
        column, (p, scope, kind) -> p.count(new Figure(COURSE, kind, column.name()), scope));
  }

  private static Col<Void> durationCount(Column column) {
    return new Col<>(
        column, (p, scope, none) -> p.count(Figure.of(DURATION, column.name()), scope));
  }

  private static Col<Void> completenessCount(Column column) {
    return new Col<>(
        column, (p, scope, none) -> p.count(Figure.of(COMPLETENESS_COUNT, column.name()), scope));
  }

  /** A Kaplan–Meier figure of the scope, hidden with the counts of its life table. */
  private static Col<Void> estimate(Column column, Function<KaplanMeier, Object> value) {
    return new Col<>(
        column,
        (p, scope, none) ->
            p.hides(Figure.of(DURATION, "responders"), scope)
                    || p.hides(Figure.of(DURATION, "relapses"), scope)
                ? SUPPRESSED
                : value.apply(p.duration(scope)));
  }

  private static Col<Void> inResponseAfter(String months, String unit, int day) {
    int days = DURATION_DAYS.get(day);
    return estimate(
        shareAfter(months, unit), estimate -> estimate.publishedShareAt(days).orElse(null));
  }

  private static Column shareAfter(String months, String unit) {
    return decimal(
        "in_response_" + months + "m",
        "Share still in response "
            + months
            + unit
            + " after response (30, 91, 182, 365 days); empty when nobody was followed"
            + " that long",
        "proportion",
        "0–1",
        DURATION_SOURCE);
  }

  private static Col<String> episodeInResponseAfter(String months, int day) {
    int days = DURATION_DAYS.get(day);
    return episodeEstimate(
        shareAfter(months, " months"),
        (p, scope, kind) -> p.duration(scope, kind).publishedShareAt(days).orElse(null));
  }

  private static Col<String> episodeDurationCount(Column column) {
    return new Col<>(
        column,
        (p, scope, kind) -> p.count(new Figure(EPISODE_DURATION, kind, column.name()), scope));
  }

  /** A figure of an episode kind's response, hidden with the counts of its life table. */
  private static Col<String> episodeEstimate(Column column, Value<String> value) {
    return new Col<>(
        column,
        (p, scope, kind) ->
            p.hides(new Figure(EPISODE_DURATION, kind, "responders"), scope)
                    || p.hides(new Figure(EPISODE_DURATION, kind, "relapses"), scope)
                ? SUPPRESSED
                : value.of(p, scope, kind));
  }
}
