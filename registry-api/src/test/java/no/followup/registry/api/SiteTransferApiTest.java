package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.ParticipantReads;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import no.followup.registry.cohort.NationalIdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A participant moves from OUS to HUS: HUS follows them on with everything OUS recorded (nothing
 * entered again), OUS no longer sees them, and what the schedule and the data-quality job say
 * follows the participant to the site that answers for them now.
 */
@ApiTest
class SiteTransferApiTest {

  @LocalServerPort int port;
  private Api api;
  private UUID participant;

  @BeforeEach
  void participantAtOus() {
    api = new Api(port);
    participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
  }

  @Test
  void the_receiving_site_follows_the_participant_on_with_everything_recorded_before() {
    post(Persona.STAFF_OUS, "assessments", Requests.assessment("BASELINE", day(0), 31), 201);
    post(Persona.STAFF_OUS, "infusions", Requests.infusion(day(1)), 201);
    post(Persona.STAFF_OUS, "infusions", Requests.infusion(day(3)), 201);

    Api.Response moved =
        api.as(Persona.STAFF_OUS)
            .idempotencyKey("transfer-" + participant)
            .post(path("transfer"), transfer("HUS", day(30)));

    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().at("/enrolments/0/site").asString()).isEqualTo("HUS");
    assertThat(moved.json().at("/enrolments/0/transferredFrom/fromSite").asString())
        .isEqualTo("OUS");
    assertThat(moved.json().at("/enrolments/0/transferredFrom/date").asString())
        .isEqualTo(day(30).toString());
    Api.Response replayed =
        api.as(Persona.STAFF_OUS)
            .idempotencyKey("transfer-" + participant)
            .post(path("transfer"), transfer("HUS", day(30)));
    assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");

    assertThat(api.as(Persona.STAFF_OUS).get(path("")).status())
        .as("the sending site no longer sees them, as if they had never been there")
        .isEqualTo(404);
    assertThat(api.as(Persona.STAFF_OUS).get(path("infusions")).status()).isEqualTo(404);
    assertThat(post(Persona.STAFF_OUS, "infusions", Requests.infusion(day(31)), 404)).isNotNull();
    assertThat(api.as(Persona.STAFF_HUS).get(path("")).json().at("/enrolments/0/site").asString())
        .isEqualTo("HUS");
    assertThat(api.as(Persona.STAFF_HUS).get(path("infusions")).json().get("items"))
        .as("nothing is entered again")
        .hasSize(2);
    assertThat(api.as(Persona.STAFF_HUS).get(path("assessments")).json().get("items")).hasSize(1);
    assertThat(visits(Persona.STAFF_HUS))
        .as("the baseline OUS received counts at HUS: the midway visit is the one missed")
        .doesNotContain("BASELINE MISSED")
        .contains("MIDWAY MISSED");
    assertThat(visits(Persona.STAFF_OUS)).isEmpty();
    post(Persona.STAFF_HUS, "infusions", Requests.infusion(day(31)), 201);
    assertThat(api.as(Persona.STAFF_HUS).get(path("treatment-episodes")).json())
        .singleElement()
        .satisfies(
            course ->
                assertThat(ParticipantReads.episode(course.at("/episodes/0")))
                    .isEqualTo("1 INDUCTION " + ENROLLED + "– sessions 3"));
    assertThat(
            api.as(Persona.AUDITOR).get("/api/v1/audit-events?participant=" + participant).body())
        .as("the transfer is in the audit trail")
        .contains("TRANSFER");
  }

  @Test
  void every_transfer_stays_in_the_history_that_the_following_site_and_coordinators_read() {
    assertThat(api.as(Persona.STAFF_OUS).get(path("transfers")).json())
        .as("a participant followed where they were enrolled has no transfers")
        .isEmpty();

    post(Persona.STAFF_OUS, "transfer", transfer("HUS", day(10)), 200);
    post(Persona.STAFF_HUS, "transfer", transfer("SOHF", day(20)), 200);

    assertThat(api.as(Persona.COORDINATOR).get(path("transfers")).json())
        .extracting(
            t ->
                t.get("fromSite").asString()
                    + " > "
                    + t.get("toSite").asString()
                    + " "
                    + t.get("date").asString())
        .containsExactly("OUS > HUS " + day(10), "HUS > SOHF " + day(20));
    assertThat(api.as(Persona.STAFF_HUS).get(path("transfers")).status())
        .as("a site the participant left sees nothing of them, their history neither")
        .isEqualTo(404);
    assertThat(api.as(Persona.STAFF_OUS).get(path("transfers")).status()).isEqualTo(404);
  }

  @Test
  void an_open_data_quality_finding_goes_to_the_site_that_can_correct_the_record_now() {
    post(Persona.STAFF_OUS, "assessments", Requests.assessment("MIDWAY", day(10), 30), 201);
    runDataQuality();
    assertThat(findings(Persona.STAFF_OUS)).containsExactly("MISSING_BASELINE");

    post(Persona.STAFF_OUS, "transfer", transfer("HUS", day(20)), 200);

    assertThat(findings(Persona.STAFF_OUS)).isEmpty();
    assertThat(findings(Persona.STAFF_HUS)).containsExactly("MISSING_BASELINE");
    runDataQuality();
    assertThat(findings(Persona.STAFF_HUS))
        .as("the next run finds the same record, at the same site, once")
        .containsExactly("MISSING_BASELINE");
  }

  @Test
  void a_refused_transfer_names_its_field_and_rule_and_moves_nothing() {
    assertRefused(transfer("NOWHERE", day(10)), "toSite", "known-site");
    assertRefused(transfer("no such site!", day(10)), "toSite", "known-site");
    assertRefused(transfer("OUS", day(10)), "toSite", "other-site");
    assertRefused(Map.of("date", day(10).toString()), "toSite", "required");
    assertRefused(transfer("HUS", ENROLLED.minusDays(1)), "date", "not-before-enrolment");
    assertRefused(transfer("HUS", LocalDate.now().plusDays(2)), "date", "not-in-future");
    assertThat(post(Persona.STAFF_HUS, "transfer", transfer("HUS", day(10)), 404)).isNotNull();
    assertThat(post(Persona.COORDINATOR, "transfer", transfer("HUS", day(10)), 403)).isNotNull();

    assertThat(api.as(Persona.STAFF_OUS).get(path("")).json().at("/enrolments/0/site").asString())
        .isEqualTo("OUS");
    assertThat(api.as(Persona.STAFF_HUS).get(path("")).status()).isEqualTo(404);
  }

  @Test
  void a_site_where_the_participant_is_enrolled_already_or_an_ended_follow_up_is_a_conflict() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    Map<String, Object> enrolment = Requests.enrolment(person.digits(), person.birthYear());
    participant =
        api.as(Persona.STAFF_OUS).post("/api/v1/participants", enrolment).id("participantId");
    api.as(Persona.STAFF_HUS).post("/api/v1/participants", enrolment);

    Api.Response twice = post(Persona.STAFF_OUS, "transfer", transfer("HUS", day(10)), 409);
    assertThat(twice.json().get("code").asString()).isEqualTo("already-enrolled-at-site");

    post(
        Persona.STAFF_OUS,
        "end-of-follow-up",
        Map.of("date", day(15).toString(), "reason", "MOVED_ABROAD"),
        200);
    Api.Response ended = post(Persona.STAFF_OUS, "transfer", transfer("SOHF", day(20)), 409);
    assertThat(ended.json().get("code").asString()).isEqualTo("follow-up-ended");
  }

  @Test
  void a_hospital_system_transfers_a_participant_in_a_bulk_submission_by_national_id() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    List<Map<String, Object>> records =
        List.of(
            Map.of(
                "type",
                "participant",
                "data",
                Requests.enrolment(person.digits(), person.birthYear())),
            Map.of(
                "type",
                "transfer",
                "nationalId",
                person.digits(),
                "data",
                transfer("HUS", day(12))));

    Api.Response receipt =
        api.as(Persona.HOSPITAL_OUS).post("/api/v1/submissions?mode=atomic", records);

    assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
    assertThat(receipt.json().get("accepted").asInt()).isEqualTo(2);
    participant = UUID.fromString(receipt.json().at("/records/0/id").asString());
    assertThat(api.as(Persona.STAFF_HUS).get(path("")).json().at("/enrolments/0/site").asString())
        .isEqualTo("HUS");
    assertThat(api.as(Persona.STAFF_OUS).get(path("")).status()).isEqualTo(404);
  }

  private void assertRefused(Map<String, Object> body, String field, String rule) {
    Api.Response refused = post(Persona.STAFF_OUS, "transfer", body, 422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo(field);
    assertThat(refused.json().at("/errors/0/rule").asString()).isEqualTo(rule);
  }

  private List<String> visits(Persona reader) {
    return ParticipantReads.dueVisits(api, reader, participant).stream()
        .map(v -> v.get("visit").asString() + " " + v.get("state").asString())
        .toList();
  }

  private List<String> findings(Persona reader) {
    return api.as(reader)
        .get("/api/v1/data-quality-findings?status=OPEN&size=200")
        .json()
        .get("items")
        .valueStream()
        .filter(f -> f.get("participantId").asString().equals(participant.toString()))
        .map(f -> f.get("rule").asString())
        .toList();
  }

  private void runDataQuality() {
    String location =
        api.as(Persona.COORDINATOR)
            .post("/api/v1/jobs/dataQuality/executions", Map.of("asOf", day(25).toString()))
            .header("Location");
    JsonNode run =
        api.as(Persona.COORDINATOR).awaitStatus(location, Api.JOB_ENDED, Duration.ofSeconds(30));
    assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
  }

  private Api.Response post(Persona who, String what, Object body, int expected) {
    Api.Response response = api.as(who).post(path(what), body);
    assertThat(response.status()).as(response.body()).isEqualTo(expected);
    return response;
  }

  private static Map<String, Object> transfer(String toSite, LocalDate date) {
    return Map.of("toSite", toSite, "date", date.toString());
  }

  private static LocalDate day(int n) {
    return ENROLLED.plusDays(n);
  }

  private String path(String what) {
    return "/api/v1/participants/" + participant + (what.isEmpty() ? "" : "/" + what);
  }
}
