package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/**
 * A dose in the drug's own unit: esketamine nasal spray in mg (one of the study's doses, no weight
 * or duration), IV racemic ketamine in mg/kg; each refuses the other's unit, a route the study does
 * not give is refused, and an IV infusion much shorter than the protocol's time warns.
 */
@ApiTest
class TreatmentDoseApiTest {

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
  void a_standard_84_mg_esketamine_spray_is_stored_in_mg_and_raises_no_exposure_signal() {
    Map<String, Object> spray = spray(84);
    spray.put("weightKg", 60);

    Api.Response stored = api.as(Persona.STAFF_OUS).post(infusions(), spray);

    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    JsonNode body = stored.json();
    assertThat(body.get("route").asString()).as("the drug's usual route").isEqualTo("INTRANASAL");
    assertThat(body.get("doseMg").decimalValue()).isEqualByComparingTo("84");
    assertThat(body.get("doseMgPerKg").isNull()).isTrue();
    assertThat(body.get("durationMinutes").isNull()).isTrue();
    assertThat(body.get("warnings")).isEmpty();
    assertThat(signalKinds()).as("84 mg in 60 kg is no 1.4 mg/kg overdose").isEmpty();
  }

  @Test
  void a_dose_in_the_other_drugs_unit_or_outside_the_studys_doses_is_refused_and_nothing_stored() {
    Map<String, Object> sprayByWeight = spray(84);
    sprayByWeight.remove("doseMg");
    sprayByWeight.put("doseMgPerKg", 1.4);
    Map<String, Object> ivInMg = Requests.infusion(ENROLLED.plusDays(1));
    ivInMg.put("doseMg", 35);
    Map<String, Object> ivByNose = Requests.infusion(ENROLLED.plusDays(1));
    ivByNose.put("route", "INTRANASAL");

    assertThat(refusal(sprayByWeight))
        .containsExactlyInAnyOrder("doseMg required", "doseMgPerKg not-for-drug");
    assertThat(refusal(spray(70))).containsExactly("doseMg one-of");
    assertThat(refusal(ivInMg)).containsExactly("doseMg not-for-drug");
    assertThat(refusal(ivByNose)).containsExactly("route not-in-study");
    assertThat(api.as(Persona.STAFF_OUS).get(infusions()).json().get("items")).isEmpty();
  }

  @Test
  void an_iv_infusion_much_shorter_than_the_protocols_time_is_stored_with_a_warning() {
    Map<String, Object> quick = Requests.infusion(ENROLLED.plusDays(1));
    quick.put("durationMinutes", 15);

    Api.Response stored = api.as(Persona.STAFF_OUS).post(infusions(), quick);

    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.json().get("warnings").findValuesAsString("rule"))
        .containsExactly("shorter-than-protocol");
    assertThat(signalKinds()).as("a deviation, not an exposure").isEmpty();
  }

  private List<String> refusal(Map<String, Object> body) {
    Api.Response refused = api.as(Persona.STAFF_OUS).post(infusions(), body);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    List<String> broken = new ArrayList<>();
    refused
        .json()
        .get("errors")
        .forEach(e -> broken.add(e.get("field").asString() + " " + e.get("rule").asString()));
    return broken;
  }

  private Map<String, Object> spray(int mg) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", ENROLLED.plusDays(1).toString());
    body.put("drug", "ESKETAMINE");
    body.put("doseMg", mg);
    body.put("vitals", Map.of("systolicBefore", 128, "diastolicBefore", 82, "systolicMax", 140));
    return body;
  }

  @Test
  void the_infusion_that_reaches_the_studys_yearly_review_threshold_raises_one_exposure_signal() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
    Map<String, Object> enrolment = Requests.enrolmentOn(today.minusDays(400));
    participant =
        api.as(Persona.STAFF_OUS).post("/api/v1/participants", enrolment).id("participantId");
    List<Map<String, Object>> fortnightly =
        java.util.stream.IntStream.range(0, 25)
            .mapToObj(
                n ->
                    Map.<String, Object>of(
                        "type",
                        "infusion",
                        "participantId",
                        participant.toString(),
                        "data",
                        Requests.infusion(today.minusDays(364 - 14L * n))))
            .toList();

    Api.Response receipt =
        api.as(Persona.STAFF_OUS).post("/api/v1/submissions?mode=atomic", fortnightly);

    assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
    List<String> warned =
        receipt
            .json()
            .get("records")
            .valueStream()
            .filter(r -> !r.get("warnings").isEmpty())
            .map(r -> r.get("index").asInt() + " " + r.at("/warnings/0/rule").asString())
            .toList();
    assertThat(warned)
        .as("the 24th IV infusion in 365 days, and no other")
        .containsExactly("23 protocol-yearly-review");
    assertThat(signalKinds()).containsExactly("EXPOSURE_BEYOND_PROTOCOL");
  }

  private List<String> signalKinds() {
    return ParticipantReads.signals(api, participant).stream()
        .map(s -> s.get("kind").asString())
        .toList();
  }

  private String infusions() {
    return "/api/v1/participants/" + participant + "/infusions";
  }
}
