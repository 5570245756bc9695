package no.followup.registry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import no.followup.registry.app.support.InBrowser;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A coordinator sets up research access in real headless Chromium: locks a release date (today is
 * refused), registers a data-access project (a missing title is refused at its field, nothing
 * stored), ticks the approved variables, and reads the project's page, in both languages; axe-core
 * on every step.
 */
class ResearchAccessInBrowserTest extends InBrowser {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  @Test
  @Order(10)
  void a_coordinator_locks_a_release_date_but_not_today() {
    browser.open(at("/research"));
    browser.signIn("coordinator", "demo");
    browser.open(at("/research"));
    assertThat(browser.heading()).isEqualTo("Forskningstilgang");
    browser.assertAccessible().screenshot("research");

    browser.typeDate("lock-date", TODAY);
    browser.click(By.cssSelector("form[action$='/research/locks'] button"));
    assertThat(browser.text()).contains("Datoen må være før i dag.");

    browser.typeDate("lock-date", TODAY.minusDays(2));
    browser.click(By.cssSelector("form[action$='/research/locks'] button"));
    assertThat(browser.text()).contains("Datoen er låst for utlevering.", "låst av coordinator");
  }

  @Test
  @Order(20)
  void a_project_without_a_title_is_refused_at_the_field_then_registered() {
    browser.type("ethicsReference", "REK 2026/77777");
    browser.type("responsibleResearcher", "researcher2");
    browser.type("researchers", "researcher");
    browser.choose("studyCode", "KETAMINE-TRD");
    browser.typeDate("periodFrom", TODAY.minusYears(1));
    browser.typeDate("periodTo", TODAY);
    browser.typeDate("expiresOn", TODAY.plusYears(2));
    tick("infusions.dose_mg_per_kg");
    tick("assessments.total_score");
    tick("participants.age_band");
    browser.click(By.cssSelector("form[action$='/research/projects'] button[type=submit]"));

    assertThat(browser.errorOf("title")).isEqualTo("Må fylles ut.");
    assertThat(browser.find(By.id("ethicsReference")).getAttribute("value"))
        .as("what was typed stays")
        .isEqualTo("REK 2026/77777");
    browser.assertAccessible().screenshot("research-refused");

    browser.type("title", "Vedlikeholdsbehandling og tilbakefall");
    browser.click(By.cssSelector("form[action$='/research/projects'] button[type=submit]"));

    assertThat(browser.heading()).isEqualTo("Vedlikeholdsbehandling og tilbakefall");
    assertThat(browser.text())
        .contains(
            "Prosjektet er registrert.",
            "REK 2026/77777",
            "researcher, researcher2",
            "infusions.dose_mg_per_kg",
            "assessments.total_score",
            "participants.age_band",
            "Prosjektet har ikke fått noen utlevering ennå.")
        .doesNotContain("lab_results.");
    browser.assertAccessible().screenshot("research-project");
  }

  @Test
  @Order(30)
  void it_reads_in_english() {
    browser.open(browser.url() + "?lang=en");
    assertThat(browser.text())
        .contains(
            "Ethics approval (REC reference)", "Approved variables", "Withdrawn since a release");
    browser.assertAccessible();
    browser.open(at("/research?lang=en"));
    assertThat(browser.heading()).isEqualTo("Research access");
    assertThat(browser.text()).contains("Locked release dates", "Register a project");
    browser.assertAccessible().screenshot("research-en");
    browser.open(at("/research?lang=nb"));
  }

  private void tick(String variable) {
    WebElement box =
        browser.find(By.cssSelector("input[name='approvedVariables'][value='" + variable + "']"));
    if (!box.isSelected()) {
      box.click();
    }
  }
}
