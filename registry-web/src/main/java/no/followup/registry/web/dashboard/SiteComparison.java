package no.followup.registry.web.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import no.followup.registry.application.report.NationalAggregationReport.Cohort;
import no.followup.registry.application.report.NationalAggregationReport.Scope;
import no.followup.registry.application.report.NationalAggregationReport.VisitOutcome;
import no.followup.registry.export.dataset.PublishedAggregation;
import org.springframework.context.MessageSource;

/**
 * A site lead's own site (exact) beside their health region and the nation as the aggregated
 * dataset publishes them: a small count of other units shows {@code <5}, one hidden to protect
 * another (or a mean or rate from it) shows as hidden.
 *
 * @param rows each measure: its label and the three values as shown
 */
public record SiteComparison(List<Row> rows) {

  /** One measure for the site, its region and the nation. */
  public record Row(String label, String site, String region, String nation) {}

  private record Measure(String label, String name, ToIntFunction<Cohort> own) {}

  private static final List<Measure> COHORT =
      List.of(
          new Measure("dashboard.enrolled", "enrolled", Cohort::enrolled),
          new Measure("dashboard.active", "active", Cohort::active),
          new Measure("dashboard.discontinued", "discontinued", Cohort::discontinued),
          new Measure("dashboard.withdrawn", "withdrawn", Cohort::withdrawn),
          new Measure("dashboard.infusions", "infusions", Cohort::infusions),
          new Measure("dashboard.events.title.short", "adverse_events", Cohort::adverseEvents),
          new Measure(
              "dashboard.events.serious", "serious_adverse_events", Cohort::seriousAdverseEvents));

  static SiteComparison of(
      Scope site,
      String region,
      PublishedAggregation published,
      MessageSource messages,
      Locale locale) {
    Shown shown = new Shown(messages, locale);
    String code = site.code();
    List<Row> rows = new ArrayList<>();
    for (Measure measure : COHORT) {
      rows.add(
          new Row(
              messages.getMessage(measure.label(), null, locale),
              String.valueOf(measure.own().applyAsInt(site.cohort())),
              shown.count(published.cohort("REGION", region, measure.name())),
              shown.count(published.cohort("NATIONAL", "NATIONAL", measure.name()))));
    }
    for (VisitOutcome visit : site.visits()) {
      String name = messages.getMessage("dashboard.visit." + visit.visit(), null, locale);
      String v = visit.visit();
      rows.add(
          new Row(
              messages.getMessage("dashboard.compare.madrs", new Object[] {name}, locale),
              shown.decimal(visit.meanMadrs()),
              shown.decimal(published.meanMadrs("REGION", region, v)),
              shown.decimal(published.meanMadrs("NATIONAL", "NATIONAL", v))));
      rows.add(
          new Row(
              messages.getMessage("dashboard.compare.response", new Object[] {name}, locale),
              shown.percent(visit.responseRate()),
              shown.percent(published.responseRate("REGION", region, v)),
              shown.percent(published.responseRate("NATIONAL", "NATIONAL", v))));
    }
    return new SiteComparison(rows);
  }

  /** A published value as shown: a number in the reader's language, {@code <5}, hidden, or –. */
  private static final class Shown {

    private final MessageSource messages;
    private final Locale locale;

    Shown(MessageSource messages, Locale locale) {
      this.messages = messages;
      this.locale = locale;
    }

    String count(Object value) {
      return value instanceof Number n ? String.valueOf(n.longValue()) : other(value);
    }

    String decimal(Object value) {
      return value instanceof BigDecimal n ? format(n, 1) : other(value);
    }

    String percent(Object value) {
      return value instanceof BigDecimal n
          ? format(n.multiply(BigDecimal.valueOf(100)), 0) + " %"
          : other(value);
    }

    private String other(Object value) {
      if (value == null) {
        return "–";
      }
      String text = value.toString();
      return text.startsWith("<")
          ? text
          : messages.getMessage("dashboard.compare.hidden", null, locale);
    }

    private String format(BigDecimal value, int digits) {
      return DashboardPages.decimals(locale, digits).format(value);
    }
  }
}
