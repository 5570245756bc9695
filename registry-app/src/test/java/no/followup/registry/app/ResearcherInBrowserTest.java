package no.followup.registry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import no.followup.registry.app.support.InBrowser;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.export.Datasets;
import no.followup.registry.application.participant.EnrolCommand;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.research.ProjectRegistration;
import no.followup.registry.application.research.ResearchAccess;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.export.dataset.DatasetDescription;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A researcher takes the 2028 evaluation dataset in real headless Chromium: reads the catalogue,
 * starts their project's release as of a locked date, watches it finish without reloading,
 * downloads the file (an Excel workbook whose README holds the checksum the page shows), in both
 * languages; axe-core on every step.
 */
class ResearcherInBrowserTest extends InBrowser {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  @Autowired Enrolments enrolments;
  @Autowired ResearchAccess research;
  @Autowired JdbcClient jdbc;

  /** The coordinator's part (driven in its own browser test): yesterday locked, a project. */
  @BeforeAll
  void aProjectNamingTheResearcher() {
    Actor coordinator = new Actor("coordinator", Optional.empty(), EnumSet.of(Role.COORDINATOR));
    research.lock(coordinator, TODAY.minusDays(1));
    research.register(
        coordinator,
        new ProjectRegistration(
            "Varighet av ketaminrespons",
            "REK 2026/55555",
            "researcher",
            List.of(),
            "KETAMINE-TRD",
            DatasetDescription.named(Datasets.EVALUATION_2028).variables().stream()
                .filter(v -> !v.endsWith(".participant") && !v.endsWith(".enrolment"))
                .toList(),
            TODAY.minusYears(1),
            TODAY,
            TODAY.plusYears(1)));
  }

  @BeforeAll
  void aParticipantAtHus() {
    Actor staff =
        new Actor("staff.hus", Optional.of(SiteCode.of("HUS")), EnumSet.of(Role.SITE_STAFF));
    enrolments.enrol(
        staff,
        new EnrolCommand(
            NationalIdNumbers.nextSynthetic().digits(),
            "KETAMINE-TRD",
            TODAY.minusDays(3),
            Indication.TREATMENT_RESISTANT_DEPRESSION,
            null,
            null,
            new Consent(true, true, TODAY.minusDays(3)),
            null));
  }

  @Test
  @Order(10)
  void the_catalogue_says_what_each_dataset_holds() {
    browser.open(at("/datasets"));
    browser.signIn("researcher", "demo");
    browser.open(at("/datasets"));

    assertThat(browser.heading()).isEqualTo("Datasett");
    assertThat(browser.text())
        .contains(
            "Aggregerte utfall",
            "Evaluering 2028 (radnivå)",
            "participants, treatment_episodes, infusions, assessments",
            "Du har ikke hentet noe datasett ennå.");
    assertThat(browser.all(By.linkText("Datasett"))).as("in the menu").hasSize(1);
    browser.press(By.cssSelector("article[aria-labelledby='dataset-aggregated-outcomes'] summary"));
    assertThat(browser.text())
        .contains(
            "Kodebok: hver kolonne i datasettet",
            "Received / (received + missing): of the visits whose window has closed",
            "Desimaltall");
    assertThat(browser.all(By.cssSelector("table[aria-label='Kolonnene i arket completeness']")))
        .as("each sheet's table is named for screen readers")
        .hasSize(1);
    browser.assertAccessible().screenshot("datasets");
  }

  @Test
  @Order(20)
  void an_export_started_in_the_page_finishes_by_itself_and_its_file_is_the_one_checksummed()
      throws Exception {
    assertThat(browser.find(By.id("projectId")).getText()).contains("Varighet av ketaminrespons");
    browser.choose("asOf-evaluation-2028", TODAY.minusDays(1).toString());
    browser.click(By.cssSelector("form[action$='/datasets/evaluation-2028/exports'] button"));
    assertThat(browser.text()).contains("Uttrekket er startet.");

    browser.waitForText("Ferdig");
    WebElement download = browser.find(By.cssSelector("#exports a[download]"));
    String checksum = browser.find(By.cssSelector("#exports .checksum")).getText();
    byte[] file = browser.download(download.getAttribute("href"));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      assertThat(workbook.getSheet("participants").getLastRowNum()).isPositive();
      assertThat(cells(workbook.getSheet("README")))
          .as("the file's README names the checksum the page shows")
          .anyMatch(cell -> cell.contains(checksum));
      org.apache.poi.ss.usermodel.Sheet codebook = workbook.getSheet("codebook");
      java.util.List<String> fileColumns = new java.util.ArrayList<>();
      codebook.forEach(
          row -> {
            if (row.getRowNum() > 0) {
              fileColumns.add(
                  row.getCell(0).getStringCellValue() + "." + row.getCell(1).getStringCellValue());
            }
          });
      java.util.List<String> pageColumns = new java.util.ArrayList<>();
      for (WebElement table :
          browser.all(By.cssSelector("article[aria-labelledby='dataset-evaluation-2028'] table"))) {
        String sheet = table.findElement(By.tagName("caption")).getAttribute("textContent").strip();
        table
            .findElements(By.cssSelector("tbody th"))
            .forEach(th -> pageColumns.add(sheet + "." + th.getAttribute("textContent").strip()));
      }
      assertThat(pageColumns)
          .as("the page's codebook is the file's")
          .hasSizeGreaterThan(30)
          .isEqualTo(fileColumns);
    }
    byte[] zip =
        browser.download(
            browser.find(By.cssSelector("#exports a[href$='/csv']")).getAttribute("href"));
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
      java.util.List<String> entries = new java.util.ArrayList<>();
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.add(entry.getName());
      }
      assertThat(entries).contains("participants.csv", "read_release.R", "read_release.sps");
    }
    assertThat(browser.text()).contains("participants: ", "CSV for R, Stata og SPSS");
    browser.assertAccessible().screenshot("datasets-export-done");
  }

  private static java.util.List<String> cells(org.apache.poi.ss.usermodel.Sheet sheet) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
    return texts;
  }

  @Test
  @Order(30)
  void it_reads_in_english() {
    browser.open(at("/datasets?lang=en"));

    assertThat(browser.heading()).isEqualTo("Datasets");
    assertThat(browser.text())
        .contains("Evaluation 2028 (row level)", "My exports", "Completed", "Download");
    browser.assertAccessible().screenshot("datasets-en");
    browser.open(at("/datasets?lang=nb"));
  }

  @Test
  @Order(40)
  void the_download_is_in_the_audit_trail() {
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE actor = 'researcher'"
                        + " AND entity_type = 'dataset-export'")
                .query(Integer.class)
                .single())
        .isPositive();
  }
}
