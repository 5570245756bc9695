package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.domain.participant.NationalIdNumber;
import no.followup.registry.domain.participant.Pseudonymiser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Enrolment at the edge: the national ID goes in, a pseudonym is stored, the ID never comes out.
 */
@ApiTest
class EnrolmentApiTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Pseudonymiser pseudonymiser;
  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void enrolment_answers_201_with_location_etag_and_never_the_national_id() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();

    Api.Response created =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment(person.digits(), person.birthYear()));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location"))
        .isEqualTo("/api/v1/participants/" + created.id("participantId"));
    assertThat(created.header("ETag")).isNotBlank();
    assertThat(created.body()).doesNotContain(person.digits());
    assertThat(created.json().at("/enrolments/0/site").asString()).isEqualTo("OUS");
    assertThat(created.json().at("/enrolments/0/status").asString()).isEqualTo("ACTIVE");
    assertThat(databaseText()).doesNotContain(person.digits());
  }

  @Test
  void the_pre_assessment_given_with_the_enrolment_is_kept_and_answered_with_it() {
    Map<String, Object> enrolment =
        Requests.with(Requests.enrolment(), "eligibility", eligibility());

    Api.Response created = api.as(Persona.STAFF_OUS).post("/api/v1/participants", enrolment);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID participant = created.id("participantId");
    assertThat(
            api.as(Persona.STAFF_OUS)
                .get("/api/v1/participants/" + participant)
                .json()
                .at("/enrolments/0/eligibility")
                .toString())
        .isEqualTo(
            "{\"antidepressantTrials\":4,\"priorEct\":true,\"substanceUse\":\"PAST\","
                + "\"benzodiazepines\":true,\"opioids\":false,\"otherSedatives\":false,"
                + "\"contraindicationsChecked\":true,\"systolic\":132,\"diastolic\":84}");
    assertThat(
            api.as(Persona.STAFF_OUS)
                .post("/api/v1/participants", Requests.enrolment())
                .json()
                .at("/enrolments/0/eligibility")
                .isNull())
        .as("optional: an enrolment without it answers null")
        .isTrue();
  }

  @Test
  void an_incomplete_or_implausible_pre_assessment_refuses_the_enrolment_and_stores_nothing() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    Map<String, Object> enrolment = Requests.enrolment(person.digits(), person.birthYear());
    Map<String, Object> facts = new java.util.HashMap<>(eligibility());
    facts.remove("opioids");
    facts.put("systolic", 80);
    facts.put("diastolic", 90);
    facts.put("contraindicationsChecked", false);
    facts.put("antidepressantTrials", 31);

    Api.Response refused =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.with(enrolment, "eligibility", facts));

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(
            refused
                .json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString() + ":" + e.get("rule").asString()))
        .containsExactlyInAnyOrder(
            "eligibility.antidepressantTrials:range",
            "eligibility.opioids:required",
            "eligibility.systolic:above-diastolic",
            "eligibility.contraindicationsChecked:must-be-checked");
    assertThat(api.as(Persona.STAFF_OUS).post("/api/v1/participants", enrolment).status())
        .as("nothing was stored: the same person enrols without it")
        .isEqualTo(201);
  }

  @Test
  void a_pre_assessment_is_given_after_enrolment_and_a_correction_needs_a_reason() {
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    String path = "/api/v1/participants/" + participant + "/eligibility";

    Api.Response given = api.as(Persona.STAFF_OUS).put(path, Map.of("eligibility", eligibility()));

    assertThat(given.status()).as(given.body()).isEqualTo(200);
    assertThat(given.json().at("/enrolments/0/eligibility/systolic").asInt()).isEqualTo(132);
    Map<String, Object> corrected = new java.util.LinkedHashMap<>(eligibility());
    corrected.put("systolic", 142);
    Api.Response withoutReason =
        api.as(Persona.STAFF_OUS).put(path, Map.of("eligibility", corrected));
    assertThat(withoutReason.status()).isEqualTo(422);
    assertThat(withoutReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
    assertThat(withoutReason.json().at("/errors/0/rule").asString()).isEqualTo("required");
    Api.Response correction =
        api.as(Persona.STAFF_OUS)
            .put(path, Map.of("eligibility", corrected, "reason", "typed 132 for 142"));
    assertThat(correction.status()).as(correction.body()).isEqualTo(200);
    assertThat(
            api.as(Persona.STAFF_OUS)
                .get("/api/v1/participants/" + participant)
                .json()
                .at("/enrolments/0/eligibility/systolic")
                .asInt())
        .isEqualTo(142);
    assertThat(
            api.as(Persona.AUDITOR).get("/api/v1/audit-events?participant=" + participant).body())
        .as("the old values stay in the audit trail with the reason")
        .contains("typed 132 for 142");
    assertThat(api.as(Persona.STAFF_HUS).put(path, Map.of("eligibility", corrected)).status())
        .isEqualTo(404);
  }

  private static Map<String, Object> eligibility() {
    Map<String, Object> facts = new java.util.LinkedHashMap<>();
    facts.put("antidepressantTrials", 4);
    facts.put("priorEct", true);
    facts.put("substanceUse", "PAST");
    facts.put("benzodiazepines", true);
    facts.put("opioids", false);
    facts.put("otherSedatives", false);
    facts.put("contraindicationsChecked", true);
    facts.put("systolic", 132);
    facts.put("diastolic", 84);
    return facts;
  }

  @Test
  void
      the_same_person_enrolled_at_two_sites_is_one_participant_and_each_site_sees_only_its_enrolment() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();

    UUID atOus =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment(person.digits(), person.birthYear()))
            .id("participantId");
    UUID atHus =
        api.as(Persona.STAFF_HUS)
            .post("/api/v1/participants", Requests.enrolment(person.digits(), person.birthYear()))
            .id("participantId");

    assertThat(atHus).isEqualTo(atOus);
    assertThat(
            api.as(Persona.STAFF_HUS).get("/api/v1/participants/" + atOus).json().get("enrolments"))
        .hasSize(1);
    assertThat(
            api.as(Persona.STAFF_HUS)
                .get("/api/v1/participants/" + atOus)
                .json()
                .at("/enrolments/0/site")
                .asString())
        .isEqualTo("HUS");
    assertThat(
            api.as(Persona.COORDINATOR)
                .get("/api/v1/participants/" + atOus)
                .json()
                .get("enrolments"))
        .hasSize(2);
  }

  @Test
  void enrolling_the_same_person_twice_at_one_site_is_a_conflict() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    api.as(Persona.STAFF_OUS)
        .post("/api/v1/participants", Requests.enrolment(person.digits(), person.birthYear()));

    Api.Response again =
        api.as(Persona.LEAD_OUS)
            .post("/api/v1/participants", Requests.enrolment(person.digits(), person.birthYear()));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("already-enrolled");
  }

  @Test
  void an_invalid_national_id_is_named_without_being_repeated() {
    // The last check digit is the only one that fits: any other breaks the number.
    String valid = NationalIdNumbers.nextSynthetic().digits();
    String broken = valid.substring(0, 10) + (char) ('0' + (valid.charAt(10) - '0' + 1) % 10);

    Api.Response response =
        api.as(Persona.STAFF_OUS).post("/api/v1/participants", Requests.enrolment(broken, 1980));

    assertThat(response.status()).isIn(422);
    assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("nationalId");
    assertThat(response.body()).doesNotContain(broken);
  }

  @Test
  void after_withdrawal_no_further_data_is_accepted() {
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    Api.Response withdrawn =
        api.as(Persona.STAFF_OUS)
            .post(
                "/api/v1/participants/" + participant + "/withdrawal",
                Map.of(
                    "date",
                    ENROLLED.plusDays(10).toString(),
                    "reason",
                    "no longer wishes to take part"));

    Api.Response later =
        api.as(Persona.STAFF_OUS)
            .post(
                "/api/v1/participants/" + participant + "/infusions",
                Requests.infusion(ENROLLED.plusDays(5)));

    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().at("/enrolments/0/status").asString()).isEqualTo("WITHDRAWN");
    assertThat(later.status()).isEqualTo(422);
    assertThat(later.json().at("/errors/0/rule").asString()).isEqualTo("withdrawn");
  }

  @Test
  void after_discontinuation_no_later_infusion_is_accepted_but_follow_up_goes_on() {
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    Api.Response discontinued =
        api.as(Persona.STAFF_OUS)
            .post(
                "/api/v1/participants/" + participant + "/discontinuation",
                Map.of("date", ENROLLED.plusDays(10).toString(), "reason", "ADVERSE_EVENT"));

    Api.Response infusion =
        api.as(Persona.STAFF_OUS)
            .post(
                "/api/v1/participants/" + participant + "/infusions",
                Requests.infusion(ENROLLED.plusDays(11)));
    Api.Response assessment =
        api.as(Persona.STAFF_OUS)
            .post(
                "/api/v1/participants/" + participant + "/assessments",
                Requests.assessment("MONTH_1", ENROLLED.plusDays(51), 18));
    Api.Response again =
        api.as(Persona.STAFF_OUS)
            .post(
                "/api/v1/participants/" + participant + "/discontinuation",
                Map.of("date", ENROLLED.plusDays(12).toString(), "reason", "OTHER"));

    assertThat(discontinued.status()).isEqualTo(200);
    assertThat(discontinued.json().at("/enrolments/0/status").asString()).isEqualTo("DISCONTINUED");
    assertThat(discontinued.json().at("/enrolments/0/discontinuation/reason").asString())
        .isEqualTo("ADVERSE_EVENT");
    assertThat(infusion.status()).isEqualTo(422);
    assertThat(infusion.json().at("/errors/0/rule").asString())
        .isEqualTo("not-after-discontinuation");
    assertThat(assessment.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void lists_are_paged_and_a_site_lists_only_its_own_participants() {
    api.as(Persona.STAFF_HUS).post("/api/v1/participants", Requests.enrolment());

    var page = api.as(Persona.STAFF_HUS).get("/api/v1/participants?page=0&size=2").json();
    var tooBig = api.as(Persona.STAFF_HUS).get("/api/v1/participants?size=1000");

    assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
    assertThat(page.get("size").asInt()).isEqualTo(2);
    page.get("items")
        .forEach(
            item ->
                item.get("enrolments")
                    .forEach(e -> assertThat(e.get("site").asString()).isEqualTo("HUS")));
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.json().at("/errors/0/field").asString()).isEqualTo("size");
  }

  /** Every text value in the patient tables and the audit trail, for searching. */
  @Test
  void a_site_reference_is_unique_at_its_site_and_another_site_may_use_the_same() {
    String reference = "P-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> first = Requests.enrolment();
    first.put("siteReference", reference);
    Map<String, Object> second = Requests.enrolment();
    second.put("siteReference", reference);
    Map<String, Object> elsewhere = Requests.enrolment();
    elsewhere.put("siteReference", reference);

    assertThat(api.as(Persona.STAFF_OUS).post("/api/v1/participants", first).status())
        .isEqualTo(201);
    Api.Response taken = api.as(Persona.STAFF_OUS).post("/api/v1/participants", second);
    Api.Response atHus = api.as(Persona.STAFF_HUS).post("/api/v1/participants", elsewhere);

    assertThat(taken.status()).isEqualTo(422);
    assertThat(taken.json().at("/errors/0/field").asString()).isEqualTo("siteReference");
    assertThat(taken.json().at("/errors/0/rule").asString()).isEqualTo("unique-at-site");
    assertThat(enrolmentsOf((String) second.get("nationalId"))).as("nothing stored").isZero();
    assertThat(atHus.status()).isEqualTo(201);
    assertThat(
            jdbc.sql("SELECT count(*) FROM site_reference WHERE reference = ?")
                .param(reference)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void a_site_reference_that_looks_like_a_national_id_is_refused_without_being_repeated() {
    String digits = NationalIdNumbers.nextSynthetic().digits();
    for (String lookalike :
        List.of(digits, digits.substring(0, 6) + " " + digits.substring(6), "12345678901")) {
      Map<String, Object> body = Requests.enrolment();
      body.put("siteReference", lookalike);

      Api.Response refused = api.as(Persona.STAFF_OUS).post("/api/v1/participants", body);

      assertThat(refused.status()).as(lookalike).isEqualTo(422);
      assertThat(refused.json().at("/errors/0/rule").asString())
          .isEqualTo("looks-like-national-id");
      assertThat(refused.body()).doesNotContain(lookalike);
    }
  }

  private int enrolmentsOf(String nationalId) {
    return jdbc.sql(
            "SELECT count(*) FROM participant p JOIN enrolment e ON e.participant_id = p.id"
                + " WHERE p.pseudonym = ?")
        .param(pseudonymiser.pseudonymOf(NationalIdNumber.parse(nationalId)).value())
        .query(Integer.class)
        .single();
  }

  private String databaseText() {
    return String.join(
        "|",
        jdbc.sql(
                "SELECT concat_ws('|', p::text) FROM participant p UNION ALL SELECT e::text FROM enrolment e UNION ALL SELECT a::text FROM audit_event a")
            .query(String.class)
            .list());
  }
}
