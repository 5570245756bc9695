package no.followup.registry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.app.support.InBrowser;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.participant.EnrolCommand;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEvent;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.Relatedness;
import no.followup.registry.domain.site.SiteCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coordinator's morning in real headless Chromium: a serious adverse event came in overnight; its
 * signal waits in the inbox, is concluded with the WHO-UMC causality, commented, and leaves the
 * inbox for the closed ones. axe-core on every page.
 */
class CoordinatorInBrowserTest extends InBrowser {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  @Autowired Enrolments enrolments;
  @Autowired ClinicalRecords records;
  @Autowired RecordKinds kinds;
  @Autowired JdbcClient jdbc;

  private UUID signal;

  @BeforeAll
  void aSeriousAdverseEventAtOus() {
    Actor staff =
        new Actor("staff.ous", Optional.of(SiteCode.of("OUS")), EnumSet.of(Role.SITE_STAFF));
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    ParticipantId participant =
        enrolments
            .enrol(
                staff,
                new EnrolCommand(
                    person.digits(),
                    "KETAMINE-TRD",
                    TODAY,
                    Indication.TREATMENT_RESISTANT_DEPRESSION,
                    null,
                    null,
                    new Consent(true, true, TODAY),
                    null))
            .participant()
            .id();
    UUID event =
        records
            .add(
                staff,
                participant,
                kinds.adverseEvents(),
                (id, enrolment) ->
                    new AdverseEvent(
                        id,
                        enrolment,
                        TODAY,
                        "HEADACHE",
                        3,
                        true,
                        Relatedness.PROBABLE,
                        ActionTaken.NONE,
                        AdverseEventOutcome.RECOVERING))
            .stored()
            .record()
            .id();
    signal =
        jdbc.sql(
                "SELECT id FROM safety_signal WHERE source_id = ? AND kind = 'SERIOUS_ADVERSE_EVENT'")
            .param(event)
            .query(UUID.class)
            .single();
  }

  @Test
  @Order(10)
  void the_new_signal_waits_in_the_inbox() {
    browser.open(at("/signals"));
    browser.signIn("coordinator", "demo");
    browser.open(at("/signals"));

    assertThat(browser.heading()).isEqualTo("Sikkerhetssignaler");
    assertThat(browser.all(By.cssSelector("a[href$='/signals/" + signal + "']"))).hasSize(1);
    assertThat(browser.text()).contains("Alvorlig uønsket hendelse", "under én time");
    browser.assertAccessible().screenshot("signal-inbox");
  }

  @Test
  @Order(20)
  void closing_without_a_conclusion_says_what_is_missing_at_each_field() {
    browser.click(By.cssSelector("a[href$='/signals/" + signal + "']"));
    assertThat(browser.text()).contains("Nye", "OUS");
    browser.check("state-closed").submit();

    assertThat(browser.errorOf("causality")).isEqualTo("Må fylles ut.");
    assertThat(browser.errorOf("expectedness")).isEqualTo("Må fylles ut.");
    assertThat(browser.errorOf("action")).isEqualTo("Må fylles ut.");
    browser.assertAccessible();
  }

  @Test
  @Order(30)
  void the_signal_is_closed_with_its_conclusion_and_commented() {
    browser
        .check("state-closed")
        .choose("causality", "PROBABLE")
        .choose("expectedness", "EXPECTED")
        .choose("action", "SITE_FOLLOW_UP")
        .type("comment", "Kjent bivirkning; stedet følger opp blodtrykket")
        .submit();

    assertThat(browser.text())
        .contains(
            "Signalet er avsluttet med konklusjonen.",
            "Avsluttet",
            "Sannsynlig",
            "Behandlingsstedet følger opp",
            "coordinator");
    browser.type("new-comment", "Pasienten ringt opp dagen etter; i bedring");
    browser.click(By.cssSelector("form:has(#new-comment) button"));
    assertThat(browser.text()).contains("Kommentaren er lagret.", "Pasienten ringt opp");
    browser.assertAccessible().screenshot("signal-closed");
  }

  @Test
  @Order(40)
  void it_leaves_the_new_ones_for_the_closed_ones_and_reads_in_english() {
    browser.open(at("/signals"));
    assertThat(browser.all(By.cssSelector("a[href$='/signals/" + signal + "']"))).isEmpty();
    browser.open(at("/signals?state=CLOSED"));
    assertThat(browser.all(By.cssSelector("a[href$='/signals/" + signal + "']"))).hasSize(1);
    assertThat(browser.text()).contains("Sannsynlig");

    browser.open(at("/signals?state=CLOSED&lang=en"));
    assertThat(browser.heading()).isEqualTo("Safety signals");
    assertThat(browser.text()).contains("Serious adverse event", "Probable");
    browser.assertAccessible().screenshot("signal-inbox-en");
    browser.click(By.cssSelector("a[href$='/signals/" + signal + "']"));
    assertThat(browser.text())
        .contains("Closed", "Causality (WHO-UMC)", "The site follows up", "Comments (1)");
    browser.assertAccessible().screenshot("signal-closed-en");
    browser.open(at("/signals?lang=nb"));
  }

  @Test
  @Order(50)
  void every_step_is_in_the_audit_trail() {
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE entity_type = 'safety-signal'"
                        + " AND entity_id = ? AND action = 'TRIAGE'")
                .param(signal.toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }
}
