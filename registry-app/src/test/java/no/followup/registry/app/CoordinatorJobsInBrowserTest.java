package no.followup.registry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.followup.registry.app.support.InBrowser;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A coordinator runs the data-quality report from the browser in real headless Chromium: picks the
 * date, watches the run's steps and counts until it has finished without reloading, finds it in the
 * history; in both languages, axe-core on every page.
 */
class CoordinatorJobsInBrowserTest extends InBrowser {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  private String runPage;

  @Test
  @Order(10)
  void the_jobs_page_lists_the_reports_to_run_and_no_export() {
    browser.open(at("/jobs"));
    browser.signIn("coordinator", "demo");
    browser.open(at("/jobs"));

    assertThat(browser.heading()).isEqualTo("Rapportjobber");
    assertThat(browser.text())
        .contains(
            "Oppfølgingskompletthet",
            "Datakvalitet",
            "Nasjonal sammenstilling",
            "Sikkerhetsgjennomgang");
    assertThat(browser.all(By.cssSelector("form[action$='Export/executions']")))
        .as("an export starts from its request, not here")
        .isEmpty();
    browser.assertAccessible().screenshot("jobs");
  }

  @Test
  @Order(20)
  void a_run_started_in_the_page_shows_its_steps_until_it_has_finished() {
    browser.typeDate("asOf-followUpCompleteness", TODAY);
    browser.click(By.cssSelector("form[action$='/jobs/followUpCompleteness/executions'] button"));

    assertThat(browser.heading()).startsWith("Oppfølgingskompletthet, kjøring ");
    browser.waitForText("followUpCompletenessBySite");
    browser.waitForTextIn(By.cssSelector("#progress dd .state"), "Ferdig");
    assertThat(browser.text())
        .contains("coordinator", TODAY.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    assertThat(browser.all(By.cssSelector("form[action$='/restart']")))
        .as("nothing to restart")
        .isEmpty();
    runPage = browser.url();
    browser.assertAccessible().screenshot("job-run");
  }

  @Test
  @Order(30)
  void the_run_is_in_the_history_and_it_reads_in_english() {
    browser.open(at("/jobs"));
    String run = runPage.substring(runPage.indexOf("/jobs/executions/"));
    assertThat(browser.all(By.cssSelector("a[href$='" + run + "']"))).hasSize(1);

    browser.open(at("/jobs?lang=en"));
    assertThat(browser.heading()).isEqualTo("Report jobs");
    assertThat(browser.text()).contains("Latest runs", "Follow-up completeness", "Completed");
    browser.assertAccessible().screenshot("jobs-en");
    browser.open(runPage);
    assertThat(browser.text()).contains("Steps", "Read", "Written");
    browser.assertAccessible().screenshot("job-run-en");
    browser.open(at("/jobs?lang=nb"));
  }

  @Test
  @Order(40)
  void a_schedule_made_from_a_time_and_a_repetition_shows_its_next_times_in_norwegian() {
    browser.open(at("/jobs"));
    browser.clickLink("Planlagte rapporter");
    assertThat(browser.heading()).isEqualTo("Planlagte rapporter");

    browser
        .choose("jobName", "nationalAggregation")
        .setValue("time", "06:30")
        .choose("repeat", "MONDAYS")
        .click(By.cssSelector("form[action$='/schedules'] button[type=submit]"));

    assertThat(browser.text())
        .contains(
            "Planen er laget.", "Nasjonal sammenstilling", "0 30 6 * * MON", "dagen den kjøres")
        .contains("mandag");
    assertThat(browser.all(By.xpath("//li[contains(., 'mandag') and contains(., '06:30')]")))
        .hasSize(3);
    browser.assertAccessible().screenshot("schedules");
  }

  @Test
  @Order(50)
  void a_schedule_is_paused_resumed_and_deleted_and_a_bad_cron_says_why() {
    browser.click(By.xpath("//button[contains(., 'Sett på pause')]"));
    assertThat(browser.text()).contains("Planen er satt på pause.", "ingen mens den er på pause");
    browser.click(By.xpath("//button[contains(., 'Fortsett')]"));
    assertThat(browser.text()).contains("Planen fortsetter fra neste tid.");

    browser
        .type("cron", "hver mandag")
        .click(By.cssSelector("form[action$='/schedules'] button[type=submit]"));
    assertThat(browser.text()).contains("Planen ble ikke laget", "Cron-uttrykket må ha seks felt");
    browser.assertAccessible();

    browser.open(at("/schedules?lang=en"));
    assertThat(browser.text()).contains("Report schedules", "National aggregation", "Monday");
    browser.assertAccessible().screenshot("schedules-en");
    browser.open(at("/schedules?lang=nb"));
    browser.click(By.xpath("//button[contains(., 'Slett')]"));
    assertThat(browser.text()).contains("Planen er slettet.", "Ingen rapport er planlagt.");
  }
}
