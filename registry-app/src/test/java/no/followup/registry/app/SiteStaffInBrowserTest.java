package no.followup.registry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.app.support.Browser;
import no.followup.registry.app.support.InBrowser;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.participant.EnrolCommand;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.participant.SiteTransfers;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.application.report.JobStatus;
import no.followup.registry.application.report.ReportJobs;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.Route;
import no.followup.registry.domain.treatment.VitalSigns;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A nurse's day in the browser, in real headless Chromium against the real Keycloak and PostgreSQL:
 * sign in on Keycloak's page, see the worklist, enrol, record an infusion, a MADRS item by item and
 * an adverse event, see the worklist change, sign out. Every page is checked with axe-core. The
 * steps build on each other, so they run in order in one browser.
 */
class SiteStaffInBrowserTest extends InBrowser {

  @Autowired JdbcClient jdbc;

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
  private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Autowired ClinicalRecords records;
  @Autowired RecordKinds kinds;
  @Autowired ReportJobs jobs;
  @Autowired Enrolments enrolments;
  @Autowired SiteTransfers transfers;

  private String participantPage;
  private NationalIdNumbers.Synthetic patient;

  @BeforeAll
  void aPatient() {
    patient = NationalIdNumbers.nextSynthetic();
  }

  @Test
  @Order(10)
  void staff_sign_in_on_keycloaks_page_and_land_on_their_sites_worklist_in_norwegian() {
    browser.open(at("/"));
    assertThat(browser.text()).as("Keycloak's page in Norwegian").contains("Logg inn");
    browser.signIn("staff.ous", "demo");

    assertThat(browser.heading()).isEqualTo("Arbeidsliste");
    assertThat(browser.text()).contains("staff.ous", "OUS", "Ingen besøk mangler.");
    browser.assertAccessible().screenshot("worklist-empty");
  }

  @Test
  @Order(20)
  void a_refused_enrolment_says_what_is_wrong_at_each_field_and_never_shows_the_number_back() {
    browser.open(at("/participants/new"));
    browser
        .type("nationalId", "12345678901")
        .type("siteReference", "010190 12345")
        .type("eligibility-systolic", "80")
        .type("eligibility-diastolic", "90")
        .submit();

    assertThat(browser.heading()).isEqualTo("Inkluder pasient");
    assertThat(browser.find(By.cssSelector(".error-summary")).getAttribute("role"))
        .isEqualTo("alert");
    assertThat(browser.errorOf("nationalId")).isNotBlank();
    assertThat(browser.errorOf("studyCode")).isEqualTo("Må fylles ut.");
    assertThat(browser.errorOf("offLabelInformed"))
        .isEqualTo("Pasienten må være informert om at bruken er off-label.");
    assertThat(browser.errorOf("siteReference"))
        .isEqualTo("Referansen kan ikke være eller ligne et fødselsnummer.");
    assertThat(browser.errorOf("eligibility-antidepressantTrials"))
        .as("a pre-assessment begun is checked whole")
        .isEqualTo("Må fylles ut.");
    assertThat(browser.errorOf("eligibility-systolic"))
        .isEqualTo("Systolisk trykk må være høyere enn diastolisk.");
    assertThat(browser.find(By.id("nationalId")).getAttribute("value")).isEmpty();
    assertThat(browser.find(By.id("siteReference")).getAttribute("value")).isEmpty();
    assertThat(browser.source()).doesNotContain("12345678901", "010190 12345");
    browser.assertAccessible().screenshot("enrol-errors");
  }

  @Test
  @Order(30)
  void staff_enrol_a_patient_and_reach_the_participants_page_without_the_number_in_it() {
    browser.open(at("/participants/new"));
    browser
        .type("nationalId", patient.digits())
        .type("siteReference", "P-1042")
        .choose("studyCode", "KETAMINE-TRD")
        .choose("indication", "TREATMENT_RESISTANT_DEPRESSION")
        .typeDate("enrolmentDate", TODAY)
        .check("offLabelInformed")
        .check("registryConsent")
        .typeDate("consentDate", TODAY)
        .type("eligibility-antidepressantTrials", "4")
        .choose("eligibility-priorEct", "true")
        .choose("eligibility-substanceUse", "PAST")
        .choose("eligibility-benzodiazepines", "true")
        .choose("eligibility-opioids", "false")
        .choose("eligibility-otherSedatives", "false")
        .choose("eligibility-contraindicationsChecked", "true")
        .type("eligibility-systolic", "132")
        .type("eligibility-diastolic", "84")
        .submit();

    assertThat(browser.text()).contains("Pasienten er inkludert.");
    assertThat(browser.text())
        .contains(
            "Antall tidligere forsøk med antidepressiva",
            "Rusmiddellidelse",
            "Tidligere",
            "132/84 mmHg",
            "benzodiazepiner");
    assertThat(browser.url()).matches(".*/participants/[0-9a-f-]{36}$");
    assertThat(browser.source()).doesNotContain(patient.digits());
    assertThat(browser.url()).doesNotContain(patient.digits());
    assertThat(browser.text())
        .contains("født " + patient.birthYear(), "KETAMINE-TRD · OUS", "Egen referanse: P-1042");
    participantPage = browser.url();
    browser.assertAccessible().screenshot("participant-enrolled");
  }

  @Test
  @Order(40)
  void the_worklist_shows_the_new_participants_baseline_visit_as_due() {
    browser.open(at("/"));

    assertThat(visitRows()).hasSize(1);
    assertThat(browser.text()).contains("Skal gjøres");
    browser.assertAccessible();
  }

  @Test
  @Order(50)
  void an_infusion_above_the_protocol_dose_is_saved_with_its_warning_shown() {
    browser.open(participantPage).clickLink("Registrer infusjon");
    browser
        .typeDate("date", TODAY)
        .type("doseMgPerKg", "0,8")
        .type("weightKg", "72")
        .type("durationMinutes", "40")
        .type("vitals-systolicMax", "150")
        .type("vitals-diastolicMax", "90")
        .type("vitals-heartRateMax", "96")
        .type("vitals-spo2Min", "96");
    browser.assertAccessible().screenshot("infusion-form");
    browser.submit();

    assertThat(browser.text())
        .contains("Infusjonen er lagret.", "Dosen er over protokollens høyeste dose.");
    assertThat(browser.text()).contains("0,80 mg/kg", "150/90");
  }

  @Test
  @Order(53)
  void an_esketamine_spray_is_recorded_in_mg_by_its_own_route() {
    browser.open(participantPage).clickLink("Registrer infusjon");
    browser
        .typeDate("date", TODAY)
        .choose("drug", "ESKETAMINE")
        .type("doseMg", "84")
        .type("vitals-systolicMax", "142")
        .type("vitals-diastolicMax", "88");
    browser.submit();

    assertThat(browser.errorOf("route"))
        .as("the form's route is intravenous; the study gives esketamine by the nose")
        .isEqualTo("Studien gir ikke legemidlet på denne måten.");
    browser.choose("route", "INTRANASAL").submit();

    assertThat(browser.text()).contains("Infusjonen er lagret.", "84 mg");
    assertThat(browser.text()).doesNotContain("Flere behandlinger med dette legemidlet");
    assertThat(
            browser
                .find(By.xpath("//table[contains(@class,'exposure')]//tr[th='Esketamin']"))
                .getText())
        .as("cumulative exposure: one session of 84 mg in 28 days and in the year")
        .isEqualTo("Esketamin 1 84,0 1 84,0");
    browser
        .assertAccessible()
        .screenshotOf(By.cssSelector("table.exposure"), "participant-exposure");
  }

  @Test
  @Order(51)
  void a_correction_needs_a_reason_and_keeps_the_form_as_typed_until_it_has_one() {
    browser.open(participantPage).clickLink("Rett");
    assertThat(browser.heading()).isEqualTo("Rett infusjon");
    assertThat(browser.find(By.id("doseMgPerKg")).getAttribute("value")).isEqualTo("0,8");
    browser.type("doseMgPerKg", "0,5").submit();

    assertThat(browser.errorOf("reason")).isEqualTo("Må fylles ut.");
    assertThat(browser.find(By.id("doseMgPerKg")).getAttribute("value")).isEqualTo("0,5");
    browser.assertAccessible().screenshot("correction-needs-reason");
    browser.type("reason", "Feil dose skrevet inn").submit();

    assertThat(browser.text()).contains("Rettelsen er lagret.", "0,50 mg/kg");
  }

  @Test
  @Order(52)
  void a_correction_made_meanwhile_by_someone_else_is_not_overwritten() {
    browser.open(participantPage).clickLink("Rett");
    Versioned<Infusion> current =
        records.get(staffAtOus(), participant(), kinds.infusions(), infusion());
    records.correct(
        staffAtOus(),
        participant(),
        kinds.infusions(),
        infusion(),
        current.version(),
        "Vekt rettet i journalen",
        (id, enrolment) ->
            new Infusion(
                id,
                enrolment,
                current.record().date(),
                current.record().drug(),
                current.record().route(),
                current.record().doseMgPerKg(),
                current.record().doseMg(),
                new BigDecimal("74"),
                current.record().durationMinutes(),
                current.record().vitals(),
                current.record().dissociationScore()));
    browser.type("durationMinutes", "45").type("reason", "Varighet rettet").submit();

    assertThat(browser.text()).contains("Noen andre har endret denne registreringen");
    assertThat(browser.find(By.id("weightKg")).getAttribute("value")).isEqualTo("74");
    assertThat(browser.find(By.id("durationMinutes")).getAttribute("value")).isEqualTo("40");
    browser.assertAccessible();
  }

  @Test
  @Order(60)
  void a_madrs_is_recorded_item_by_item_from_the_study_definition() {
    browser.open(participantPage).clickLink("Registrer skåring");
    assertThat(browser.all(By.cssSelector(".items select"))).hasSize(10);
    assertThat(browser.text()).contains("Selvmordstanker");
    browser.typeDate("date", TODAY).choose("visit", "BASELINE");
    List<Integer> items = List.of(4, 4, 3, 4, 2, 3, 3, 4, 3, 1);
    for (int i = 0; i < items.size(); i++) {
      browser.choose("items-" + i, String.valueOf(items.get(i)));
    }
    browser.assertAccessible().screenshot("madrs-form");
    browser.submit();

    assertThat(browser.text()).contains("Skåringen er lagret.", "MADRS", "31");
    assertThat(browser.text()).contains("Mottatt i vinduet");
  }

  @Test
  @Order(65)
  void the_urinary_questionnaire_is_a_tab_of_its_own_from_the_study_definition() {
    browser.open(participantPage).clickLink("Registrer skåring").clickLink("Vannlatingsplager");
    assertThat(browser.all(By.cssSelector(".items select"))).hasSize(6);
    assertThat(browser.text()).contains("Smerter ved vannlating", "Blod i urinen");
    assertThat(browser.find(By.id("items-5")).getText()).contains("3 – nesten alltid");
    browser.typeDate("date", TODAY).choose("visit", "BASELINE");
    List<Integer> items = List.of(2, 2, 1, 1, 1, 0);
    for (int i = 0; i < items.size(); i++) {
      browser.choose("items-" + i, String.valueOf(items.get(i)));
    }
    browser.assertAccessible().screenshot("urinary-form");
    browser.submit();

    assertThat(browser.text()).contains("Skåringen er lagret.", "Vannlatingsplager", "7");
  }

  @Test
  @Order(68)
  void viewing_the_participants_page_is_audited_kind_by_kind_in_one_transaction() {
    UUID participant =
        UUID.fromString(participantPage.substring(participantPage.lastIndexOf('/') + 1));
    OffsetDateTime before =
        jdbc.sql("SELECT clock_timestamp()").query(OffsetDateTime.class).single();

    browser.open(participantPage);

    List<Map<String, Object>> reads =
        jdbc.sql(
                """
                SELECT entity_type, xmin::text AS tx FROM audit_event
                WHERE participant_id = ? AND action = 'READ' AND occurred_at >= ?
                """)
            .params(participant, before)
            .query()
            .listOfRows();
    assertThat(reads)
        .extracting(r -> r.get("entity_type"))
        .contains("participant", "infusion", "assessment", "adverse-event", "lab-result");
    assertThat(reads.stream().map(r -> r.get("tx")).distinct())
        .as("the page's reads, and their audit rows, are one transaction")
        .hasSize(1);
  }

  @Test
  @Order(70)
  void a_madrs_item_out_of_range_is_refused_at_its_field() {
    browser.open(participantPage).clickLink("Registrer skåring");
    browser.typeDate("date", TODAY).choose("visit", "BASELINE").choose("items-0", "2");
    browser.submit();

    assertThat(browser.errorOf("items-1")).isEqualTo("Må fylles ut.");
    browser.assertAccessible();
  }

  @Test
  @Order(80)
  void a_serious_adverse_event_of_special_interest_is_reported() {
    browser.open(participantPage).clickLink("Meld uønsket hendelse");
    browser
        .typeDate("onsetDate", TODAY)
        .choose("term", "CYSTITIS")
        .type("severityGrade", "3")
        .check("serious")
        .choose("relatedness", "PROBABLE")
        .choose("action", "TREATMENT_ENDED")
        .choose("outcome", "RECOVERING");
    browser.assertAccessible().screenshot("adverse-event-form");
    browser.submit();

    assertThat(browser.text())
        .contains("Uønsket hendelse er meldt.", "Cystitt (blærebetennelse)", "særlig interesse");
    browser.assertAccessible().screenshot("participant-page");
  }

  @Test
  @Order(85)
  void a_liver_value_without_its_upper_normal_limit_is_refused_then_saved() {
    browser.open(participantPage).clickLink("Registrer laboratorieprøve");
    browser.typeDate("date", TODAY).choose("analyte", "ALT").type("value", "38").submit();

    assertThat(browser.errorOf("upperNormalLimit")).isNotBlank();
    browser.assertAccessible().screenshot("lab-result-form");
    browser.type("upperNormalLimit", "45").submit();

    assertThat(browser.text()).contains("Laboratorieprøven er lagret.", "ALAT", "38 U/L");
  }

  @Test
  @Order(86)
  void a_lab_result_and_an_adverse_event_are_corrected_with_a_reason() {
    browser.open(participantPage).click(By.cssSelector("a[href*='/lab-results/'][href$='/edit']"));
    assertThat(browser.heading()).isEqualTo("Rett laboratorieprøve");
    assertThat(browser.find(By.id("value")).getAttribute("value")).isEqualTo("38");
    browser.type("value", "83").submit();
    assertThat(browser.errorOf("reason")).isEqualTo("Må fylles ut.");
    browser.type("reason", "Feil avlest").submit();
    assertThat(browser.text()).contains("Rettelsen er lagret.", "83 U/L").doesNotContain("38 U/L");

    browser.click(By.cssSelector("a[href*='/adverse-events/'][href$='/edit']"));
    assertThat(browser.heading()).isEqualTo("Rett uønsket hendelse");
    browser.assertAccessible();
    browser.choose("outcome", "RECOVERED").type("reason", "Friskmeldt").submit();
    assertThat(browser.text()).contains("Rettelsen er lagret.", "Restituert");
  }

  @Test
  @Order(90)
  void the_worklist_no_longer_shows_the_baseline_once_it_is_received() {
    browser.open(at("/"));

    assertThat(visitRows()).isEmpty();
  }

  @Test
  @Order(100)
  void the_participant_is_found_by_national_id_number_or_own_reference_sent_by_post() {
    browser.open(at("/participants/find")).type("nationalId", patient.digits()).submit();

    assertThat(browser.url()).isEqualTo(participantPage);
    browser.open(at("/participants/find")).type("nationalId", "01010112345").submit();
    assertThat(browser.text()).contains("Dette er ikke et gyldig fødselsnummer eller D-nummer.");
    browser.assertAccessible();

    browser.open(at("/participants/find")).type("siteReference", "P-1042");
    browser.click(By.cssSelector("form:has(#siteReference) button"));
    assertThat(browser.url()).isEqualTo(participantPage);
  }

  @Test
  @Order(105)
  void keyboard_alone_finds_the_participant_and_records_a_lab_result_with_the_focus_in_sight() {
    browser.open(at("/participants/find")).keys(Keys.TAB);
    assertThat(browser.focused().getText()).isEqualTo("Gå til hovedinnholdet");
    assertThat(browser.focused().getCssValue("outline-style")).isEqualTo("solid");

    browser.tabTo("siteReference").keys("P-1042").enter();
    assertThat(browser.url()).isEqualTo(participantPage);

    browser.tabToLink("Registrer laboratorieprøve").enter();
    assertThat(browser.heading()).isEqualTo("Registrer laboratorieprøve");
    // Headless Chromium lays date fields out as mm/dd/yyyy, whatever its language.
    browser.tabTo("date").keys(TODAY.format(DateTimeFormatter.ofPattern("MMddyyyy")));
    assertThat(browser.find(By.id("date")).getAttribute("value")).isEqualTo(TODAY.toString());
    browser.tabTo("analyte").keys("Kreat").tabTo("value").keys("75").enter();

    assertThat(browser.text()).contains("Laboratorieprøven er lagret.", "75 umol/L");
  }

  @Test
  @Order(110)
  void the_participant_list_shows_the_sites_participants() {
    browser.open(at("/participants"));

    assertThat(browser.text()).contains("1 deltaker", "Aktiv");
    browser.assertAccessible().screenshot("participant-list");
  }

  @Test
  @Order(115)
  void a_data_quality_finding_is_answered_in_the_page() throws InterruptedException {
    records.add(
        staffAtOus(),
        participant(),
        kinds.infusions(),
        (id, enrolment) ->
            new Infusion(
                id,
                enrolment,
                TODAY,
                Drug.RACEMIC_KETAMINE,
                Route.INTRAVENOUS,
                new BigDecimal("0.5"),
                null,
                new BigDecimal("72"),
                40,
                VitalSigns.none(),
                null));
    runDataQualityChecks();
    browser.open(at("/data-quality"));
    assertThat(browser.text())
        .contains("Infusjon uten vitale tegn", "Funn per regel og behandlingssted");
    assertThat(tallyOf("Infusjon uten vitale tegn")).containsExactly("OUS", "1", "0");
    browser.assertAccessible().screenshot("data-quality");
    By answerButton = By.cssSelector("main article form button");
    String pageUrl = browser.url();
    browser.clickAndWaitFor(answerButton, "Svaret kan ikke være tomt.");
    browser.type(
        browser.find(By.cssSelector("main form input[name=answer]")).getAttribute("id"),
        "Kontrollert i journalen: målt, ikke ført");
    browser.clickAndWaitFor(answerButton, "Svaret er lagret.");

    assertThat(browser.url()).as("answered in place, by htmx").isEqualTo(pageUrl);
    assertThat(browser.text()).contains("Kontrollert i journalen: målt, ikke ført (staff.ous)");
    browser.assertAccessible();
    browser.open(at("/data-quality"));
    assertThat(browser.text()).contains("Ingen åpne funn.");
    assertThat(tallyOf("Infusjon uten vitale tegn")).containsExactly("OUS", "0", "1");
    browser.clickLink("Besvarte");
    assertThat(browser.text()).contains("Kontrollert i journalen: målt, ikke ført (staff.ous)");
  }

  /** The site, open and answered counts of the rule's row in the findings' tally. */
  private List<String> tallyOf(String rule) {
    return browser
        .all(By.xpath("//table[@aria-labelledby='tally']//tr[th[.='" + rule + "']]/td"))
        .stream()
        .map(org.openqa.selenium.WebElement::getText)
        .toList();
  }

  private void runDataQualityChecks() {
    Actor coordinator = new Actor("coordinator", Optional.empty(), EnumSet.of(Role.COORDINATOR));
    long run = jobs.start(coordinator, "dataQuality", TODAY);
    Awaitility.await("the data-quality run")
        .atMost(Duration.ofSeconds(30))
        .until(() -> jobs.execution(coordinator, run).endedAt() != null);
    assertThat(jobs.execution(coordinator, run).status()).isEqualTo(JobStatus.COMPLETED);
  }

  @Test
  @Order(127)
  void a_filled_template_is_checked_then_submitted_with_a_receipt_per_row() throws IOException {
    browser.open(at("/uploads"));
    assertThat(browser.heading()).isEqualTo("Last opp fra regneark");
    browser.assertAccessible();
    NationalIdNumbers.Synthetic newcomer = NationalIdNumbers.nextSynthetic();
    Path file = filledTemplate(browser.download("/uploads/template"), newcomer);

    browser.attach("file", file).click(By.cssSelector("button[value=check]"));

    assertThat(browser.text())
        .contains("Kontrollert: ingenting er lagret.", "4 rader: 3 gyldige, 1 avvist.")
        .contains("doseMgPerKg: Ugyldig format.");
    assertThat(browser.source()).doesNotContain(newcomer.digits(), patient.digits());
    browser.assertAccessible().screenshot("upload-checked");
    assertThat(found(newcomer)).as("a check stores nothing").isFalse();

    browser.open(at("/uploads")).attach("file", file).click(By.cssSelector("button[value=submit]"));
    assertThat(browser.text()).contains("Ingenting er lagret: minst én rad ble avvist.");
    assertThat(found(newcomer)).as("all or nothing").isFalse();

    browser
        .open(at("/uploads"))
        .attach("file", file)
        .check("mode-partial")
        .click(By.cssSelector("button[value=submit]"));
    assertThat(browser.text())
        .contains("De gyldige radene er lagret; de avviste er ikke.", "Lagret", "Avvist");
    browser.assertAccessible().screenshot("upload-receipt");
    assertThat(found(newcomer)).as("the valid rows are stored").isTrue();
    assertThat(browser.text()).contains("0,50 mg/kg");
    assertThat(browser.text()).as("the pre-assessment's columns").contains("126/82 mmHg");
  }

  /**
   * The downloaded template with a new patient (and their pre-assessment), their infusion, a bad
   * one and a lab result.
   */
  private static Path filledTemplate(byte[] template, NationalIdNumbers.Synthetic newcomer)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      fill(
          workbook.getSheet("participant"),
          newcomer.digits(),
          "P-2001",
          "KETAMINE-TRD",
          "TREATMENT_RESISTANT_DEPRESSION",
          TODAY.toString(),
          "ja",
          "ja",
          TODAY.toString(),
          "5",
          "nei",
          "NONE",
          "ja",
          "nei",
          "nei",
          "ja",
          "126",
          "82");
      XSSFSheet infusions = workbook.getSheet("infusion");
      fill(
          infusions,
          newcomer.digits(),
          TODAY.toString(),
          "RACEMIC_KETAMINE",
          "INTRAVENOUS",
          "0,5",
          "",
          "82",
          "40");
      fill(
          infusions,
          newcomer.digits(),
          TODAY.toString(),
          "RACEMIC_KETAMINE",
          "INTRAVENOUS",
          "abc",
          "",
          "82",
          "40");
      fill(
          workbook.getSheet("lab-result"), newcomer.digits(), TODAY.toString(), "CREATININE", "80");
      Path file = Files.createTempFile("filled-template", ".xlsx");
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
      return file;
    }
  }

  /** The next row of a sheet, its cells from the first column on, as text a person types. */
  private static void fill(XSSFSheet sheet, String... cells) {
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    for (int i = 0; i < cells.length; i++) {
      row.createCell(i).setCellValue(cells[i]);
    }
  }

  /** Whether the site finds the patient (on whose page the browser then is). */
  private boolean found(NationalIdNumbers.Synthetic someone) {
    browser.open(at("/participants/find")).type("nationalId", someone.digits()).submit();
    return browser.url().matches(".*/participants/[0-9a-f-]{36}$");
  }

  @Test
  @Order(120)
  void english_is_one_click_away() {
    browser.open(at("/")).clickLink("English");

    assertThat(browser.heading()).isEqualTo("Worklist");
    browser.open(participantPage);
    assertThat(browser.text())
        .contains(
            "Cystitis",
            "Received in window",
            "Earlier antidepressant trials",
            "Substance use disorder",
            "132/84 mmHg",
            "benzodiazepines");
    browser.assertAccessible().screenshot("participant-page-en");
    browser.clickLink("Record an assessment").clickLink("Urinary symptoms");
    assertThat(browser.text()).contains("Pain on passing urine", "Blood in the urine");
    assertThat(browser.find(By.id("items-5")).getText()).contains("3 – almost always");
    browser.assertAccessible().screenshot("urinary-form-en");
    browser.open(at("/participants/new"));
    assertThat(browser.text()).contains("Pre-assessment", "At enrolment it may be left empty");
    browser.open(participantPage);
    browser.click(By.cssSelector("a[href*='/lab-results/'][href$='/edit']"));
    assertThat(browser.heading()).isEqualTo("Correct a lab result");
    assertThat(browser.text()).contains("Reason for the correction");
    browser.assertAccessible().screenshot("lab-result-correction-en");
    browser.open(participantPage).clickLink("End follow-up");
    assertThat(browser.text())
        .contains(
            "Visits after this date are no longer expected", "Cause of death (only for a death)");
    browser.assertAccessible().screenshot("end-follow-up-en");
    browser.open(at("/uploads"));
    assertThat(browser.heading()).isEqualTo("Upload from a spreadsheet");
    assertThat(browser.text()).contains("Download the template (Excel)", "Check without storing");
    browser.assertAccessible().screenshot("upload-en");
    browser.clickLink("Norsk (bokmål)");
    assertThat(browser.heading()).isEqualTo("Last opp fra regneark");
    browser.open(participantPage);
    assertThat(browser.text()).contains("Cystitt (blærebetennelse)");
  }

  @Test
  @Order(125)
  void ending_the_treatment_says_what_follows_before_it_is_confirmed() {
    browser.open(participantPage).clickLink("Avslutt behandlingen");
    assertThat(browser.text()).contains("Oppfølgingsbesøkene og skåringene fortsetter");
    browser.assertAccessible().screenshot("end-treatment");
    browser.typeDate("date", TODAY).choose("reason", "ADVERSE_EVENT").submit();

    assertThat(browser.text())
        .contains("Behandlingen er avsluttet. Oppfølgingen fortsetter.", "Behandling avsluttet");
    assertThat(browser.all(By.linkText("Avslutt behandlingen"))).isEmpty();

    browser.open(at("/participants"));
    browser.choose("status", "ACTIVE");
    browser.waitForText("Ingen deltakere");
    assertThat(browser.url()).as("htmx keeps the filter in the address").endsWith("status=ACTIVE");
    browser.choose("status", "TREATMENT_ENDED");
    browser.waitForText("1 deltaker");
    browser.assertAccessible().screenshot("participant-list-filtered");
  }

  @Test
  @Order(126)
  void a_death_ends_follow_up_with_its_cause_and_later_visits_are_no_longer_expected() {
    browser.open(participantPage).clickLink("Avslutt oppfølgingen");
    assertThat(browser.text()).contains("Besøk etter denne datoen er ikke lenger forventet");
    browser.typeDate("date", TODAY).choose("reason", "DEATH").submit();

    assertThat(browser.errorOf("deathCause")).isEqualTo("Må fylles ut.");
    browser.assertAccessible().screenshot("end-follow-up");
    browser.choose("deathCause", "NATURAL").submit();

    assertThat(browser.text())
        .contains(
            "Oppfølgingen er avsluttet. Senere besøk er ikke lenger forventet.",
            "Oppfølging avsluttet "
                + TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + ": Død",
            "Ikke forventet");
    assertThat(browser.all(By.linkText("Avslutt oppfølgingen"))).isEmpty();
    assertThat(browser.all(By.linkText("Registrer infusjon")))
        .as("nothing dated after today could be recorded anyway; the forms stay for late entries")
        .hasSize(1);
  }

  @Test
  @Order(128)
  void a_new_series_after_the_ended_treatment_takes_infusions_again_and_the_course_shows_both() {
    ParticipantId other = enrolledFortyDaysAgoAndEndedTwentyDaysAgo();
    String otherPage = at("/participants/" + other.value());
    browser.open(otherPage).clickLink("Start vedlikehold eller ny serie");
    assertThat(browser.text()).contains("Den pågående perioden slutter dagen før");
    browser.typeDate("startDate", TODAY.minusDays(21)).submit();

    assertThat(browser.errorOf("kind")).isEqualTo("Må fylles ut.");
    assertThat(browser.errorOf("startDate"))
        .isEqualTo("Første dag kan ikke være før behandlingen ble avsluttet.");
    browser.assertAccessible().screenshot("episode-refused");
    browser.typeDate("startDate", TODAY.minusDays(10)).choose("kind", "RETREATMENT").submit();

    assertThat(browser.text())
        .contains(
            "Den nye behandlingsperioden er startet.",
            "Behandlingsforløp",
            "Induksjonsserie",
            "Manglende effekt",
            "Ny serie",
            "Pågår");
    assertThat(browser.all(By.linkText("Avslutt behandlingen")))
        .as("treatment goes on, so it can be ended again")
        .hasSize(1);
    assertThat(browser.all(By.cssSelector("h4.timeline-episode")).stream().map(e -> e.getText()))
        .as("each episode's visits under it, counted from its first session (none yet)")
        .containsExactly(
            "1. Induksjonsserie: besøkene telles fra " + TODAY.minusDays(40).format(NORWEGIAN_DATE),
            "2. Ny serie: besøkene telles fra " + TODAY.minusDays(10).format(NORWEGIAN_DATE));
    assertThat(timeline())
        .as("the induction's months are not expected once the new series began; its baseline is")
        .contains(
            "1 måned etter induksjon Ikke forventet",
            "Ny serie: baseline, før første infusjon Ikke mottatt",
            "Ny serie: midtveis Skal gjøres",
            "Ny serie: etter serien Kommer");
    browser.assertAccessible().screenshot("participant-course");
    browser.screenshotOf(
        By.cssSelector("ol.timeline:last-of-type"), "participant-new-series-visits");
    browser.open(at("/")).clickLink("English");
    browser.open(otherPage);
    assertThat(browser.text())
        .contains(
            "Treatment course", "Induction series", "Lack of effect", "New series", "Ongoing");
    assertThat(browser.text())
        .contains(
            "2. New series: visits counted from " + TODAY.minusDays(10).format(NORWEGIAN_DATE));
    assertThat(timeline()).contains("New series: baseline, before its first infusion Missed");
    browser.screenshot("participant-course-en");
    browser.clickLink("Start maintenance or a new series");
    assertThat(browser.text()).contains("infusions are taken again from the first day");
    browser.assertAccessible().screenshot("episode-form-en");
    browser.clickLink("Norsk (bokmål)");
  }

  /** Each visit of the page's schedule as its label and state. */
  private List<String> timeline() {
    return browser.all(By.cssSelector("ol.timeline li")).stream()
        .map(
            li ->
                li.findElement(By.className("visit-label")).getText()
                    + " "
                    + li.findElement(By.cssSelector(".state")).getText())
        .toList();
  }

  private ParticipantId enrolledFortyDaysAgoAndEndedTwentyDaysAgo() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    ParticipantId id =
        enrolments
            .enrol(
                staffAtOus(),
                new EnrolCommand(
                    person.digits(),
                    "KETAMINE-TRD",
                    TODAY.minusDays(40),
                    Indication.TREATMENT_RESISTANT_DEPRESSION,
                    null,
                    null,
                    new Consent(true, true, TODAY.minusDays(41)),
                    null))
            .participant()
            .id();
    enrolments.discontinue(
        staffAtOus(), id, TODAY.minusDays(20), Discontinuation.Reason.LACK_OF_EFFECT);
    return id;
  }

  @Test
  @Order(129)
  void a_participant_transferred_to_another_site_is_followed_on_there_and_gone_from_here() {
    ParticipantId moving = enrolledFortyDaysAgoAndEndedTwentyDaysAgo();
    String movingPage = at("/participants/" + moving.value());
    browser.open(movingPage).clickLink("Registrer forundersøkelsen");
    browser.type("eligibility-systolic", "128").submit();
    assertThat(browser.errorOf("eligibility-priorEct")).isEqualTo("Må fylles ut.");
    browser
        .type("eligibility-antidepressantTrials", "3")
        .choose("eligibility-priorEct", "false")
        .choose("eligibility-substanceUse", "NONE")
        .choose("eligibility-benzodiazepines", "false")
        .choose("eligibility-opioids", "true")
        .choose("eligibility-otherSedatives", "false")
        .choose("eligibility-contraindicationsChecked", "true")
        .type("eligibility-diastolic", "78")
        .submit();
    assertThat(browser.text())
        .contains(
            "Forundersøkelsen er lagret.", "128/78 mmHg", "opioider", "Rett forundersøkelsen");
    browser.clickLink("Rett forundersøkelsen");
    browser.type("eligibility-systolic", "138").submit();
    assertThat(browser.errorOf("reason")).isEqualTo("Må fylles ut.");
    browser.assertAccessible().screenshot("pre-assessment-correction");
    browser.type("reason", "skrevet feil").submit();
    assertThat(browser.text()).contains("138/78 mmHg");
    browser.clickLink("Overfør til et annet behandlingssted");
    assertThat(browser.text()).contains("Ditt behandlingssted ser ikke lenger pasienten");
    browser.typeDate("date", TODAY.minusDays(41)).submit();

    assertThat(browser.errorOf("toSite")).isEqualTo("Må fylles ut.");
    assertThat(browser.errorOf("date")).isEqualTo("Datoen kan ikke være før inklusjonen.");
    browser.assertAccessible().screenshot("transfer-refused");
    browser.choose("toSite", "SOHF").typeDate("date", TODAY.minusDays(5)).submit();

    assertThat(browser.heading()).isEqualTo("Deltakere");
    assertThat(browser.text()).contains("Pasienten er overført.");
    browser.assertAccessible();
    assertThat(browser.statusOf("/participants/" + moving.value())).isEqualTo(404);
    try (Browser receiving = Browser.start("nb")) {
      receiving.open(at("/")).signIn("staff.sohf", "demo");
      receiving.open(movingPage);
      assertThat(receiving.text())
          .contains("KETAMINE-TRD · SOHF", "Overført fra", "OUS, ", "Manglende effekt");
      receiving.assertAccessible().screenshot("participant-transferred");
      receiving.open(at("/")).clickLink("English");
      receiving.open(movingPage);
      assertThat(receiving.text()).contains("Transferred from", "Lack of effect");
      receiving.clickLink("Transfer to another site");
      assertThat(receiving.text()).contains("Your site no longer sees the participant");
      receiving.assertAccessible().screenshot("transfer-form-en");
    }
    transfers.transfer(
        new Actor("staff.sohf", Optional.of(SiteCode.of("SOHF")), EnumSet.of(Role.SITE_STAFF)),
        moving,
        "KKO",
        TODAY.minusDays(2));
    try (Browser coordinator = Browser.start("nb")) {
      coordinator.open(at("/")).signIn("coordinator", "demo");
      coordinator.open(movingPage);
      assertThat(coordinator.text())
          .as("every transfer, the first first")
          .contains(
              "KETAMINE-TRD · KKO",
              "Alle overføringer",
              "OUS → SOHF, " + TODAY.minusDays(5).format(NORWEGIAN_DATE),
              "SOHF → KKO, " + TODAY.minusDays(2).format(NORWEGIAN_DATE));
      coordinator.assertAccessible().screenshot("participant-transfer-history");
      coordinator.open(at("/")).clickLink("English");
      coordinator.open(movingPage);
      assertThat(coordinator.text()).contains("Every transfer", "SOHF → KKO");
      coordinator.assertAccessible().screenshot("participant-transfer-history-en");
    }
  }

  @Test
  @Order(130)
  void signing_out_ends_the_keycloak_session_too() {
    browser.open(at("/")).click(By.cssSelector("header form button"));

    assertThat(browser.heading()).isEqualTo("Du er logget ut");
    browser.assertAccessible();
    browser.open(at("/"));
    assertThat(browser.onKeycloakLogin()).as("asked to sign in again").isTrue();
  }

  @Test
  @Order(140)
  void staff_of_another_site_get_not_found_for_the_participant_and_its_forms() {
    try (Browser other = Browser.start("nb")) {
      other.open(at("/")).signIn("staff.sohf", "demo");
      String path = participantPage.substring(participantPage.indexOf("/participants/"));

      assertThat(other.statusOf(path)).isEqualTo(404);
      assertThat(other.statusOf(path + "/infusions/new")).isEqualTo(404);
      assertThat(other.statusOf(path + "/assessments/new")).isEqualTo(404);
      assertThat(other.statusOf(path + "/adverse-events/new")).isEqualTo(404);
      other.open(participantPage);
      assertThat(other.heading()).isEqualTo("Finnes ikke");
      assertThat(other.text()).doesNotContain("KETAMINE-TRD · OUS");
      other.assertAccessible();
    }
  }

  @Test
  @Order(150)
  void a_researcher_is_not_allowed_on_the_patient_pages() {
    try (Browser researcher = Browser.start("en")) {
      researcher.open(at("/")).signIn("researcher", "demo");
      String path = participantPage.substring(participantPage.indexOf("/participants/"));

      assertThat(researcher.heading())
          .as("a researcher starts on the datasets")
          .isEqualTo("Datasets");
      assertThat(researcher.statusOf("/participants")).isEqualTo(403);
      assertThat(researcher.statusOf(path)).isEqualTo(403);
      assertThat(researcher.statusOf("/participants/new")).isEqualTo(403);
      researcher.open(at("/participants"));
      assertThat(researcher.heading()).isEqualTo("Not allowed");
      researcher.assertAccessible();
    }
  }

  private static Actor staffAtOus() {
    return new Actor("staff.ous", Optional.of(SiteCode.of("OUS")), EnumSet.of(Role.SITE_STAFF));
  }

  private ParticipantId participant() {
    return new ParticipantId(
        UUID.fromString(participantPage.substring(participantPage.lastIndexOf('/') + 1)));
  }

  private UUID infusion() {
    return records.list(staffAtOus(), participant(), kinds.infusions()).get(0).record().id();
  }

  private List<?> visitRows() {
    return browser.all(By.cssSelector("main table tbody tr"));
  }
}
