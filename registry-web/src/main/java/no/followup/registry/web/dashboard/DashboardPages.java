package no.followup.registry.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.report.FollowUpCompletenessReport;
import no.followup.registry.application.report.NationalAggregationReport;
import no.followup.registry.application.report.NationalAggregationReport.AdverseEvents;
import no.followup.registry.application.report.NationalAggregationReport.Scope;
import no.followup.registry.application.report.NationalAggregationReport.VisitOutcome;
import no.followup.registry.domain.site.HealthRegion;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.site.Sites;
import no.followup.registry.domain.study.AdverseEventTerm;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.export.dataset.PublishedReports;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The national aggregation as of a date (at first, the date of the latest completed aggregation),
 * for one scope at a time: coordinators pick the nation, a region or a site; a site lead sees their
 * own site. The figures come from the latest complete run of the aggregation job for that date;
 * without one, a coordinator is offered to run it.
 */
@Controller
class DashboardPages {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final double MADRS_MAX = 60;

  private final NationalAggregationReport reports;
  private final FollowUpCompletenessReport completeness;
  private final PublishedReports published;
  private final Sites sites;
  private final Studies studies;
  private final MessageSource messages;

  DashboardPages(
      NationalAggregationReport reports,
      FollowUpCompletenessReport completeness,
      PublishedReports published,
      Sites sites,
      Studies studies,
      MessageSource messages) {
    this.reports = reports;
    this.completeness = completeness;
    this.published = published;
    this.sites = sites;
    this.studies = studies;
    this.messages = messages;
  }

  /**
   * A site's visits by the date and the share received of those whose window has closed (a visit
   * whose window is still open is not late yet); null when no window has closed.
   */
  public record SiteCompleteness(FollowUpCompletenessReport.SiteFigures figures, Double share) {}

  private static Double share(int received, int missing) {
    return received + missing == 0 ? null : 100.0 * received / (received + missing);
  }

  /** A term's adverse events over every grade, per 100 infusions of the scope. */
  public record TermEvents(
      AdverseEventTerm term, int events, int serious, BigDecimal per100Infusions) {}

  @GetMapping("/dashboard")
  @PreAuthorize("hasAnyRole('COORDINATOR', 'SITE_LEAD')")
  public String dashboard(
      Actor actor,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String scope,
      Locale locale,
      Model model) {
    LocalDate date =
        asOf != null ? asOf : reports.latestAsOf().orElseGet(() -> LocalDate.now(OSLO));
    model.addAttribute("asOf", date);
    model.addAttribute("coordinator", actor.isCoordinator());
    completeness(actor, date, locale, model);
    NationalAggregationReport.Report report;
    try {
      report = reports.latest(actor, date);
    } catch (NotFoundException e) {
      model.addAttribute("noRun", true);
      return "dashboard/dashboard";
    }
    Scope chosen =
        report.scopes().stream()
            .filter(s -> key(s).equals(scope))
            .findFirst()
            .orElse(report.scopes().get(0));
    model.addAttribute("report", report);
    model.addAttribute("zone", OSLO);
    model.addAttribute("scopes", report.scopes());
    model.addAttribute(
        "scopeNames",
        report.scopes().stream()
            .collect(
                Collectors.toMap(
                    DashboardPages::key, s -> nameOf(s, locale), (a, b) -> a, LinkedHashMap::new)));
    model.addAttribute("scope", chosen);
    model.addAttribute("scopeKey", key(chosen));
    model.addAttribute("madrs", madrsChart(chosen, locale));
    model.addAttribute("rates", ratesChart(chosen, locale));
    model.addAttribute("events", byTerm(chosen, studies.adverseEventTerms()));
    if (!actor.isCoordinator()) {
      HealthRegion region = sites.find(SiteCode.of(chosen.code())).orElseThrow().region();
      model.addAttribute("regionName", region.displayName());
      model.addAttribute(
          "comparison",
          SiteComparison.of(
              chosen, region.name(), published.of(actor, report.runId()), messages, locale));
    }
    return "dashboard/dashboard";
  }

  /** One click from the completeness table: a site's missing visits in the same report. */
  @GetMapping("/dashboard/missing-visits")
  @PreAuthorize("hasAnyRole('COORDINATOR', 'SITE_LEAD')")
  public String missingVisits(
      Actor actor,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam String site,
      Model model) {
    model.addAttribute("visits", completeness.missingVisits(actor, asOf, site));
    model.addAttribute("asOf", asOf);
    model.addAttribute("site", site);
    return "dashboard/missing-visits";
  }

  /** Follow-up completeness per site from its own report's latest run for the date, if any. */
  private void completeness(Actor actor, LocalDate date, Locale locale, Model model) {
    FollowUpCompletenessReport.Report report;
    try {
      report = completeness.latest(actor, date);
    } catch (NotFoundException e) {
      model.addAttribute("noCompleteness", true);
      return;
    }
    List<SiteCompleteness> sites =
        report.sites().stream()
            .map(
                s ->
                    new SiteCompleteness(
                        s, share(s.receivedInWindow() + s.receivedLate(), s.missing())))
            .toList();
    model.addAttribute("completeness", sites);
    NumberFormat whole = decimals(locale, 0);
    List<String> described = new ArrayList<>();
    List<List<BarChart.Value>> values = new ArrayList<>();
    for (SiteCompleteness site : sites) {
      String text = site.share() == null ? "–" : whole.format(site.share()) + " %";
      values.add(List.of(new BarChart.Value(site.share(), text)));
      described.add(site.figures().site() + ": " + text);
    }
    String title = message(locale, "dashboard.completeness.title");
    model.addAttribute(
        "completenessChart",
        BarChart.of(
            "completeness-chart",
            title,
            title + ": " + String.join("; ", described) + ".",
            List.of(message(locale, "dashboard.completeness.series")),
            sites.stream().map(s -> s.figures().site()).toList(),
            values,
            100,
            value -> (int) value + " %"));
  }

  /** The scope's value of the picker: {@code NATIONAL:NATIONAL}, {@code SITE:OUS}. */
  static String key(Scope scope) {
    return scope.level() + ":" + scope.code();
  }

  /** The scope's name as people say it: the nation, a health region's name, a site's code. */
  private String nameOf(Scope scope, Locale locale) {
    return switch (scope.level()) {
      case "NATIONAL" -> messages.getMessage("dashboard.scope.national", null, locale);
      case "REGION" -> HealthRegion.valueOf(scope.code()).displayName();
      default -> scope.code();
    };
  }

  private BarChart madrsChart(Scope scope, Locale locale) {
    NumberFormat oneDecimal = decimals(locale, 1);
    List<List<BarChart.Value>> values = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (VisitOutcome visit : scope.visits()) {
      Double mean = visit.meanMadrs() == null ? null : visit.meanMadrs().doubleValue();
      String text = mean == null ? "–" : oneDecimal.format(mean);
      values.add(List.of(new BarChart.Value(mean, text)));
      described.add(
          message(
              locale, "dashboard.madrs.point", visitName(visit, locale), text, visit.assessed()));
    }
    return BarChart.of(
        "madrs-chart",
        message(locale, "dashboard.madrs.title"),
        message(locale, "dashboard.madrs.title") + ": " + String.join("; ", described) + ".",
        List.of(message(locale, "dashboard.madrs.series")),
        scope.visits().stream().map(v -> shortVisitName(v, locale)).toList(),
        values,
        MADRS_MAX,
        value -> String.valueOf((int) value));
  }

  private BarChart ratesChart(Scope scope, Locale locale) {
    List<List<BarChart.Value>> values = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (VisitOutcome visit : scope.visits()) {
      BarChart.Value response = percent(visit.responseRate(), locale);
      BarChart.Value remission = percent(visit.remissionRate(), locale);
      values.add(List.of(response, remission));
      described.add(
          message(
              locale,
              "dashboard.rates.point",
              visitName(visit, locale),
              response.text(),
              remission.text()));
    }
    return BarChart.of(
        "rates-chart",
        message(locale, "dashboard.rates.title"),
        message(locale, "dashboard.rates.title") + ": " + String.join("; ", described) + ".",
        List.of(message(locale, "dashboard.response"), message(locale, "dashboard.remission")),
        scope.visits().stream().map(v -> shortVisitName(v, locale)).toList(),
        values,
        100,
        value -> (int) value + " %");
  }

  /**
   * The events per term, those of special interest first; a term no current study version has any
   * more is shown by its code.
   */
  private static List<TermEvents> byTerm(Scope scope, Map<String, AdverseEventTerm> terms) {
    Map<String, int[]> totals = new TreeMap<>();
    for (AdverseEvents events : scope.adverseEvents()) {
      int[] total = totals.computeIfAbsent(events.term(), t -> new int[2]);
      total[0] += events.events();
      total[1] += events.serious();
    }
    int infusions = scope.cohort().infusions();
    return totals.entrySet().stream()
        .map(
            e ->
                new TermEvents(
                    terms.getOrDefault(
                        e.getKey(), new AdverseEventTerm(e.getKey(), e.getKey(), e.getKey(), null)),
                    e.getValue()[0],
                    e.getValue()[1],
                    infusions == 0
                        ? null
                        : BigDecimal.valueOf(100L * e.getValue()[0])
                            .divide(BigDecimal.valueOf(infusions), 2, RoundingMode.HALF_UP)))
        .sorted(
            Comparator.comparing((TermEvents t) -> !t.term().isSpecialInterest())
                .thenComparing(TermEvents::events, Comparator.reverseOrder()))
        .toList();
  }

  private static BarChart.Value percent(BigDecimal rate, Locale locale) {
    if (rate == null) {
      return new BarChart.Value(null, "–");
    }
    double percent = rate.doubleValue() * 100;
    return new BarChart.Value(percent, decimals(locale, 0).format(percent) + " %");
  }

  /** Numbers as the reader writes them, with exactly this many decimals. */
  static NumberFormat decimals(Locale locale, int digits) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format;
  }

  private String visitName(VisitOutcome visit, Locale locale) {
    return messages.getMessage("studyvisit." + visit.visit(), null, visit.visit(), locale);
  }

  private String shortVisitName(VisitOutcome visit, Locale locale) {
    return messages.getMessage("dashboard.visit." + visit.visit(), null, visit.visit(), locale);
  }

  private String message(Locale locale, String key, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}
