package no.followup.registry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.followup.registry.app.support.Browser;
import no.followup.registry.app.support.InBrowser;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.participant.EnrolCommand;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEvent;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.Relatedness;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.Route;
import no.followup.registry.domain.treatment.VitalSigns;
import no.followup.registry.testsupport.KeycloakServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard in real headless Chromium: a coordinator finds no aggregation for the date, runs it
 * from the page, and reads the cohort, MADRS and response by visit (charts with their text
 * alternative, and the tables of the same numbers) and the adverse events, for the nation and for a
 * site; a site lead reads their own site; both languages, axe-core on every page.
 */
class DashboardInBrowserTest extends InBrowser {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  /** A date no other test aggregates as of. */
  private static final LocalDate AS_OF = TODAY.minusDays(2);

  @Autowired Enrolments enrolments;
  @Autowired ClinicalRecords records;
  @Autowired RecordKinds kinds;

  @BeforeAll
  void aTreatedPatientAtHus() {
    Actor staff =
        new Actor("staff.hus", Optional.of(SiteCode.of("HUS")), EnumSet.of(Role.SITE_STAFF));
    LocalDate enrolled = TODAY.minusDays(20);
    ParticipantId participant =
        enrolments
            .enrol(
                staff,
                new EnrolCommand(
                    NationalIdNumbers.nextSynthetic().digits(),
                    "KETAMINE-TRD",
                    enrolled,
                    Indication.TREATMENT_RESISTANT_DEPRESSION,
                    null,
                    null,
                    new Consent(true, true, enrolled),
                    null))
            .participant()
            .id();
    records.add(
        staff,
        participant,
        kinds.assessments(),
        (id, enrolment) ->
            new Assessment(id, enrolment, enrolled, "BASELINE", "MADRS", 30, List.of()));
    records.add(
        staff,
        participant,
        kinds.infusions(),
        (id, enrolment) ->
            new Infusion(
                id,
                enrolment,
                enrolled.plusDays(1),
                Drug.RACEMIC_KETAMINE,
                Route.INTRAVENOUS,
                new BigDecimal("0.5"),
                null,
                new BigDecimal("70"),
                40,
                VitalSigns.none(),
                null));
    records.add(
        staff,
        participant,
        kinds.assessments(),
        (id, enrolment) ->
            new Assessment(
                id, enrolment, TODAY.minusDays(5), "END_OF_INDUCTION", "MADRS", 12, List.of()));
    records.add(
        staff,
        participant,
        kinds.adverseEvents(),
        (id, enrolment) ->
            new AdverseEvent(
                id,
                enrolment,
                enrolled.plusDays(1),
                "HEADACHE",
                1,
                false,
                Relatedness.PROBABLE,
                ActionTaken.NONE,
                AdverseEventOutcome.RECOVERED));
  }

  @Test
  @Order(10)
  void without_an_aggregation_for_the_date_a_coordinator_runs_it_from_the_page() {
    browser.open(at("/dashboard"));
    browser.signIn("coordinator", "demo");
    browser.open(at("/dashboard?asOf=" + AS_OF));

    assertThat(browser.heading()).isEqualTo("Oversikt");
    assertThat(browser.text())
        .contains(
            "Ingen fullført nasjonal sammenstilling per "
                + AS_OF.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    browser.assertAccessible();
    browser.click(By.cssSelector("form[action$='/jobs/nationalAggregation/executions'] button"));
    browser.waitForTextIn(By.cssSelector("#progress dd .state"), "Ferdig");
  }

  @Test
  @Order(20)
  void the_nation_in_figures_charts_and_tables() throws Exception {
    browser.open(at("/dashboard?asOf=" + AS_OF));

    assertThat(browser.text())
        .contains("Tall for Hele landet fra sammenstillingen fullført", "Kohorten", "Inkludert")
        .contains("MADRS per besøk", "Respons og remisjon per besøk", "Hodepine")
        .contains(
            "Hvor lenge responsen varer", "Deltakere med respons", "Median varighet av respons")
        .contains("Behandlingsforløp", "Induksjonsserie", "Behandlinger per pasientmåned")
        .contains("Respons per type behandlingsperiode", "Median dager til respons");
    assertThat(browser.all(By.cssSelector("#madrs-chart-desc"))).hasSize(1);
    assertThat(browser.find(By.cssSelector("#madrs-chart-desc")).getAttribute("textContent"))
        .as("the chart's text alternative names each visit's value")
        .contains("Baseline, før første infusjon: ", "Etter induksjonsserien: ");
    assertThat(browser.all(By.cssSelector("svg rect.bar"))).hasSizeGreaterThanOrEqualTo(3);
    JsonNode nation = reportApi().get("scopes").get(0);
    assertThat(nation.get("level").asString()).isEqualTo("NATIONAL");
    assertThat(figure("Inkludert"))
        .as("the page's figure is the report API's for the same run")
        .isEqualTo(nation.at("/cohort/enrolled").asString());
    assertThat(figure("Infusjoner")).isEqualTo(nation.at("/cohort/infusions").asString());
    browser
        .assertAccessible()
        .screenshot("dashboard")
        .screenshotOf(By.cssSelector("figure:has(#madrs-chart-title)"), "dashboard-madrs-chart")
        .screenshotOf(By.cssSelector("figure:has(#rates-chart-title)"), "dashboard-rates-chart");
  }

  /** The figure the dashboard shows next to the label. */
  private String figure(String label) {
    return browser
        .find(
            By.xpath(
                "//dl[contains(@class,'figures')]/dt[.='" + label + "']/following-sibling::dd[1]"))
        .getText();
  }

  /** The same report as the coordinator's API gives it. */
  private JsonNode reportApi() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(at("/api/v1/reports/national-aggregation?asOf=" + AS_OF)))
                    .header(
                        "Authorization",
                        "Bearer " + KeycloakServer.shared().tokenFor("coordinator"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JsonMapper.builder().build().readTree(response.body());
  }

  @Test
  @Order(22)
  void follow_up_by_site_comes_from_its_own_report_run_from_the_page() {
    assertThat(browser.text())
        .contains(
            "Ingen fullført rapport om oppfølgingskompletthet per "
                + AS_OF.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    browser.click(By.cssSelector("form[action$='/jobs/followUpCompleteness/executions'] button"));
    browser.waitForTextIn(By.cssSelector("#progress dd .state"), "Ferdig");

    browser.open(at("/dashboard?asOf=" + AS_OF));

    assertThat(browser.all(By.xpath("//table[@aria-labelledby='completeness']//th[.='HUS']")))
        .hasSize(1);
    assertThat(browser.find(By.cssSelector("#completeness-chart-desc")).getAttribute("textContent"))
        .contains("HUS: ", "OUS: ");
    browser
        .assertAccessible()
        .screenshotOf(
            By.cssSelector("figure:has(#completeness-chart-title)"), "dashboard-completeness");
  }

  @Test
  @Order(23)
  void the_missing_visits_are_one_click_from_the_completeness_table() {
    browser.click(
        By.xpath(
            "//table[@aria-labelledby='completeness']//tr[th[.='HUS']]//a[contains(@href,'missing-visits')]"));

    assertThat(browser.heading()).isEqualTo("Manglende besøk ved HUS");
    assertThat(browser.text())
        .as(
            "the HUS patient's midway visit closed 14 days after the first infusion (the day after"
                + " enrolment), unassessed")
        .contains(
            "Behandlingsperiode nr.",
            "1 Midtveis i induksjonsserien",
            TODAY.minusDays(19 - 7).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + " – "
                + TODAY.minusDays(19 - 14).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    browser.assertAccessible().screenshot("dashboard-missing-visits");
    browser.clickLink("Tilbake til oversikten");
    assertThat(browser.heading()).isEqualTo("Oversikt");
  }

  @Test
  @Order(25)
  void a_coordinator_starts_on_the_dashboard_of_the_latest_aggregation() {
    browser.open(at("/"));

    assertThat(browser.heading()).isEqualTo("Oversikt");
    assertThat(browser.text()).contains("Tall for Hele landet fra sammenstillingen fullført");
  }

  @Test
  @Order(30)
  void a_coordinator_picks_a_site_and_reads_it_in_english() throws Exception {
    browser.choose("scope", "SITE:HUS").click(By.cssSelector("form.filter button"));
    assertThat(browser.text()).contains("Tall for HUS fra sammenstillingen", "Hodepine");

    browser.open(at("/dashboard?asOf=" + AS_OF + "&scope=SITE:HUS&lang=en"));
    assertThat(browser.heading()).isEqualTo("Dashboard");
    assertThat(browser.text())
        .contains("Figures for HUS", "MADRS by visit", "Response", "Remission", "Headache");
    // The HUS patient responded at the end of induction and has not been seen since: followed no
    // longer than that, nothing is known of the months after it.
    assertThat(browser.find(By.cssSelector("dl[aria-labelledby='durability']")).getText())
        .contains(
            "Participants who responded\n1",
            "Of them relapsed\n0",
            "Still in response after 1 month\nnobody followed that long",
            "Median duration of response\nnot reached");
    browser.screenshotOf(
        By.cssSelector("dl[aria-labelledby='durability']"), "dashboard-durability-en");
    JsonNode hus =
        reportApi()
            .get("scopes")
            .valueStream()
            .filter(scope -> scope.get("code").asString().equals("HUS"))
            .findFirst()
            .orElseThrow();
    JsonNode induction = hus.at("/treatmentCourse/0");
    assertThat(induction.get("kind").asString()).isEqualTo("INDUCTION");
    assertThat(induction.get("sessions").asInt())
        .as("the HUS patient's infusion the day after enrolment, within the induction")
        .isPositive();
    assertThat(
            browser
                .find(By.xpath("//table[@aria-labelledby='course']//tr[th='Induction series']"))
                .getText())
        .as("the page shows the report's own figures, in English number format")
        .isEqualTo(
            String.join(
                " ",
                "Induction series",
                induction.get("episodes").asString(),
                induction.get("participants").asString(),
                String.format(Locale.ENGLISH, "%.1f", induction.get("patientMonths").asDouble()),
                induction.get("sessions").asString(),
                String.format(
                    Locale.ENGLISH, "%.2f", induction.get("sessionsPerPatientMonth").asDouble())));
    assertThat(browser.text()).contains("Treatment course", "Sessions per patient-month");
    JsonNode inductionResponse = hus.at("/responseByEpisodeKind/0");
    assertThat(inductionResponse.at("/durability/responders").asInt()).isEqualTo(1);
    assertThat(
            browser
                .find(
                    By.xpath(
                        "//table[@aria-labelledby='episode-response']//tr[th='Induction series']"))
                .getText())
        .as("the induction measured against its own baseline, from its first infusion")
        .isEqualTo(
            String.join(
                " ",
                "Induction series",
                "1",
                String.format(
                    Locale.ENGLISH,
                    "%.1f",
                    inductionResponse.get("medianDaysToResponse").asDouble()),
                "0",
                "–",
                "–",
                "–",
                "not reached"));
    browser.screenshotOf(
        By.cssSelector("table[aria-labelledby='episode-response']"),
        "dashboard-episode-response-en");
    browser.assertAccessible().screenshot("dashboard-en");
    browser.open(at("/dashboard/missing-visits?site=HUS&asOf=" + AS_OF));
    assertThat(browser.heading()).isEqualTo("Missing visits at HUS");
    assertThat(browser.text())
        .contains("Midway through the induction series", "Back to the dashboard");
    browser.assertAccessible().screenshot("dashboard-missing-visits-en");
    browser.open(at("/dashboard?lang=nb"));
  }

  @Test
  @Order(40)
  void a_site_lead_reads_their_own_site() {
    Browser lead = Browser.start("nb");
    try {
      lead.open(at("/dashboard"));
      lead.signIn("lead.ous", "demo");
      lead.open(at("/dashboard?asOf=" + AS_OF));

      assertThat(lead.text())
          .contains(
              "Tall for OUS fra sammenstillingen",
              "Kohorten",
              "Ditt behandlingssted, regionen og landet",
              "Helse Sør-Øst",
              "Hele landet");
      List<String> otherUnits =
          lead
              .all(By.xpath("//table[@aria-labelledby='compare']/tbody/tr/td[position() > 1]"))
              .stream()
              .map(WebElement::getText)
              .toList();
      assertThat(otherUnits)
          .as("the region's and the nation's figures as the aggregated dataset publishes them")
          .isNotEmpty()
          .noneMatch(value -> value.matches("[1-4]"));
      assertThat(lead.all(By.id("scope"))).as("no other scope to pick").isEmpty();
      assertThat(lead.all(By.cssSelector("form[action$='/executions']")))
          .as("only coordinators run jobs")
          .isEmpty();
      lead.assertAccessible().screenshot("dashboard-site-lead");
    } finally {
      lead.close();
    }
  }
}
