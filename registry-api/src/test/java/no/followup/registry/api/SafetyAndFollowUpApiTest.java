package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.ParticipantReads;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Safety signals at the moment of submission, and the site's due and overdue visits. */
@ApiTest
class SafetyAndFollowUpApiTest {

  @LocalServerPort int port;
  private Api api;
  private UUID participant;

  @BeforeEach
  void participant() {
    api = new Api(port);
    participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
  }

  @Test
  void
      a_serious_adverse_event_is_a_signal_for_the_coordinator_the_moment_it_is_submitted_and_only_once() {
    Api.Response event =
        api.as(Persona.STAFF_OUS)
            .post(path("adverse-events"), Requests.adverseEvent("ARRHYTHMIA", 3, true));
    String recordPath = event.header("Location");
    api.as(Persona.STAFF_OUS)
        .header("If-Match", "\"1\"")
        .put(
            recordPath,
            Requests.with(
                Requests.adverseEvent("ARRHYTHMIA", 3, true), "reason", "grade confirmed"));

    List<JsonNode> signals = signalsOf(participant);

    assertThat(signals)
        .extracting(s -> s.get("kind").asString())
        .containsExactlyInAnyOrder("SERIOUS_ADVERSE_EVENT", "SPECIAL_INTEREST_EVENT");
    assertThat(signals.get(0).get("source").asString()).isEqualTo("adverse-event");
    assertThat(signals.get(0).get("sourceId").asString())
        .isEqualTo(event.json().get("id").asString());
    assertThat(signals.get(0).get("raisedAt").asString()).isNotBlank();
  }

  @Test
  void vital_signs_and_liver_values_beyond_the_thresholds_raise_signals_and_normal_ones_do_not() {
    api.as(Persona.STAFF_OUS).post(path("infusions"), Requests.infusion(ENROLLED.plusDays(1)));
    var highPressure =
        Requests.with(
            Requests.infusion(ENROLLED.plusDays(4)),
            "vitals",
            java.util.Map.of("systolicMax", 190, "diastolicMax", 100, "spo2Min", 90));
    api.as(Persona.STAFF_OUS).post(path("infusions"), highPressure);
    api.as(Persona.STAFF_OUS)
        .post(path("lab-results"), Requests.labResult("GGT", 400, "U/L", 80.0));
    api.as(Persona.STAFF_OUS)
        .post(path("lab-results"), Requests.labResult("EGFR", 52, "mL/min/1.73m2", null));
    api.as(Persona.STAFF_OUS)
        .post(path("lab-results"), Requests.labResult("EGFR", 75, "mL/min/1.73m2", null));

    assertThat(signalsOf(participant))
        .extracting(s -> s.get("kind").asString())
        .containsExactlyInAnyOrder(
            "BLOOD_PRESSURE_HIGH",
            "OXYGEN_SATURATION_LOW",
            "LIVER_ENZYMES_HIGH",
            "KIDNEY_FUNCTION_REDUCED");
  }

  @Test
  void the_urinary_questionnaire_and_urine_cytology_screen_for_bladder_harm() {
    var fewSymptoms =
        Map.of(
            "date",
            ENROLLED.plusDays(30).toString(),
            "visit",
            "MONTH_1",
            "instrument",
            "URINARY",
            "items",
            List.of(1, 1, 1, 0, 0, 0));
    Api.Response mild = api.as(Persona.STAFF_OUS).post(path("assessments"), fewSymptoms);
    assertThat(mild.status()).as(mild.body()).isEqualTo(201);
    assertThat(mild.json().get("totalScore").asInt()).isEqualTo(3);
    assertThat(signalsOf(participant)).as("3 of 18 is below the threshold").isEmpty();

    Api.Response tooMany =
        api.as(Persona.STAFF_OUS)
            .post(
                path("assessments"),
                Requests.with(fewSymptoms, "items", List.of(1, 1, 1, 1, 1, 1, 1)));
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.json().at("/errors/0/field").asString()).isEqualTo("items");
    assertThat(tooMany.json().at("/errors/0/rule").asString()).isEqualTo("item-count");

    api.as(Persona.STAFF_OUS)
        .post(
            path("assessments"),
            Requests.with(
                Requests.with(fewSymptoms, "visit", "MONTH_3"),
                "items",
                List.of(2, 2, 1, 1, 1, 0)));
    Api.Response notAClass =
        api.as(Persona.STAFF_OUS)
            .post(path("lab-results"), Requests.labResult("URINE_CYTOLOGY", 5, "class", null));
    assertThat(notAClass.status()).isEqualTo(422);
    assertThat(notAClass.json().at("/errors/0/rule").asString()).isEqualTo("cytology-class");
    api.as(Persona.STAFF_OUS)
        .post(path("lab-results"), Requests.labResult("URINE_CYTOLOGY", 1, "class", null));

    assertThat(signalsOf(participant))
        .extracting(s -> s.get("kind").asString() + ": " + s.get("detail").asString())
        .containsExactlyInAnyOrder(
            "URINARY_SYMPTOMS: urinary symptom questionnaire scored 7 of 18",
            "URINARY_SYMPTOMS: urine cytology class 1 (atypical or worse)");
  }

  @Test
  void a_creatinine_half_as_high_again_as_the_participants_first_raises_the_kidney_signal() {
    api.as(Persona.STAFF_OUS)
        .post(
            path("lab-results"),
            Requests.with(
                Requests.labResult("CREATININE", 80, "umol/L", null),
                "date",
                ENROLLED.plusDays(1).toString()));
    assertThat(signalsOf(participant)).as("a first value is the baseline").isEmpty();

    var risen =
        api.as(Persona.STAFF_OUS)
            .post(path("lab-results"), Requests.labResult("CREATININE", 130, "umol/L", null));

    assertThat(risen.status()).as(risen.body()).isEqualTo(201);
    assertThat(risen.json().at("/warnings/0/rule").asString())
        .isEqualTo("kidney-change-from-baseline");
    assertThat(signalsOf(participant))
        .extracting(s -> s.get("kind").asString() + ": " + s.get("detail").asString())
        .containsExactly(
            "KIDNEY_FUNCTION_REDUCED: creatinine 130 umol/L is 1.5 times the participant's first"
                + " value (80) or more");
  }

  @Test
  void the_site_sees_its_due_and_overdue_visits_and_a_received_visit_leaves_the_list() {
    // Enrolled 50 days ago: the 1-month window (days 44 to 58) is open, the induction visits are
    // missed.
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
    var enrolment =
        Requests.with(Requests.enrolment(), "enrolmentDate", today.minusDays(50).toString());
    enrolment.put(
        "consent",
        Map.of(
            "offLabelInformed",
            true,
            "registryConsent",
            true,
            "consentDate",
            today.minusDays(52).toString()));
    UUID recent =
        api.as(Persona.STAFF_OUS).post("/api/v1/participants", enrolment).id("participantId");

    List<JsonNode> before = dueOf(recent);
    api.as(Persona.STAFF_OUS)
        .post(
            "/api/v1/participants/" + recent + "/assessments",
            Requests.assessment("MONTH_1", today, 14));
    List<JsonNode> after = dueOf(recent);

    assertThat(before)
        .extracting(v -> v.get("visit").asString() + " " + v.get("state").asString())
        .containsExactly(
            "BASELINE MISSED", "MIDWAY MISSED", "END_OF_INDUCTION MISSED", "MONTH_1 DUE");
    assertThat(after)
        .extracting(v -> v.get("visit").asString())
        .containsExactly("BASELINE", "MIDWAY", "END_OF_INDUCTION");
    assertThat(api.as(Persona.STAFF_HUS).get("/api/v1/follow-ups/due?size=200").body())
        .doesNotContain(recent.toString());
  }

  @Test
  void site_leads_see_their_own_sites_signals_and_coordinators_filter_every_sites() {
    UUID atOus = enrolAt(Persona.STAFF_OUS);
    UUID atHus = enrolAt(Persona.STAFF_HUS);
    for (var site :
        List.of(Map.entry(Persona.STAFF_OUS, atOus), Map.entry(Persona.STAFF_HUS, atHus))) {
      assertThat(
              api.as(site.getKey())
                  .post(
                      "/api/v1/participants/" + site.getValue() + "/adverse-events",
                      Requests.adverseEvent("HEADACHE", 3, true))
                  .status())
          .isEqualTo(201);
    }

    JsonNode lead = api.as(Persona.LEAD_OUS).get("/api/v1/safety-signals?size=200").json();
    JsonNode leadAskingForHus =
        api.as(Persona.LEAD_OUS).get("/api/v1/safety-signals?site=HUS&size=200").json();
    JsonNode husSerious =
        api.as(Persona.COORDINATOR)
            .get("/api/v1/safety-signals?site=HUS&kind=SERIOUS_ADVERSE_EVENT&size=200")
            .json();
    JsonNode longAgo =
        api.as(Persona.COORDINATOR)
            .get("/api/v1/safety-signals?raisedBefore=2000-01-01T00:00:00Z")
            .json();

    assertThat(lead.get("items").findValuesAsString("site")).isNotEmpty().containsOnly("OUS");
    assertThat(lead.get("items").findValuesAsString("participantId"))
        .contains(atOus.toString())
        .doesNotContain(atHus.toString());
    assertThat(leadAskingForHus.get("items").findValuesAsString("site")).containsOnly("OUS");
    assertThat(husSerious.get("items").findValuesAsString("site")).containsOnly("HUS");
    assertThat(husSerious.get("items").findValuesAsString("kind"))
        .containsOnly("SERIOUS_ADVERSE_EVENT");
    assertThat(husSerious.get("items").findValuesAsString("participantId"))
        .contains(atHus.toString());
    assertThat(longAgo.get("items").size()).isZero();
    assertThat(api.as(Persona.COORDINATOR).get("/api/v1/safety-signals?site=x!").status())
        .isEqualTo(400);
    assertThat(api.as(Persona.STAFF_OUS).get("/api/v1/safety-signals").status()).isEqualTo(403);
  }

  private UUID enrolAt(Persona staff) {
    return api.as(staff).post("/api/v1/participants", Requests.enrolment()).id("participantId");
  }

  private List<JsonNode> signalsOf(UUID id) {
    return ParticipantReads.signals(api, id);
  }

  private List<JsonNode> dueOf(UUID id) {
    return ParticipantReads.dueVisits(api, id);
  }

  private String path(String collection) {
    return "/api/v1/participants/" + participant + "/" + collection;
  }
}
