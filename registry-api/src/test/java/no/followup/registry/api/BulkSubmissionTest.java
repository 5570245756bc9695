package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Receipts;
import no.followup.registry.api.support.Requests;
import no.followup.registry.cohort.NationalIdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bulk submissions from hospital systems: atomic, partial, dry run, NDJSON, receipts. */
@ApiTest
class BulkSubmissionTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void
      an_atomic_submission_enrols_and_records_by_national_id_and_answers_a_receipt_kept_for_later() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    List<Map<String, Object>> records =
        List.of(
            Map.of(
                "type",
                "participant",
                "ref",
                "p1",
                "data",
                Requests.enrolment(person.digits(), person.birthYear())),
            Map.of(
                "type",
                "infusion",
                "ref",
                "i1",
                "nationalId",
                person.digits(),
                "data",
                Requests.infusion(ENROLLED.plusDays(1))),
            Map.of(
                "type",
                "assessment",
                "ref",
                "a1",
                "nationalId",
                person.digits(),
                "data",
                Requests.assessment("BASELINE", ENROLLED, 31)));

    String key = UUID.randomUUID().toString();
    Api.Response receipt =
        api.as(Persona.HOSPITAL_OUS)
            .idempotencyKey(key)
            .post("/api/v1/submissions?mode=atomic", records);

    assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
    assertThat(receipt.contentType()).startsWith("application/json");
    assertThat(receipt.json().get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(receipt.json().get("accepted").asInt()).isEqualTo(3);
    assertThat(receipt.body()).doesNotContain(person.digits());
    UUID participant = UUID.fromString(receipt.json().at("/records/0/id").asString());
    assertThat(
            api.as(Persona.STAFF_OUS)
                .get("/api/v1/participants/" + participant + "/infusions")
                .json()
                .get("totalItems")
                .asInt())
        .isEqualTo(1);
    // The receipt is written once: read later or replayed, it is the same text.
    Api.Response later = api.as(Persona.STAFF_OUS).get(receipt.header("Location"));
    assertThat(later.body()).isEqualTo(receipt.body());
    assertThat(later.contentType()).startsWith("application/json");
    Api.Response replay =
        api.as(Persona.HOSPITAL_OUS)
            .idempotencyKey(key)
            .post("/api/v1/submissions?mode=atomic", records);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(receipt.body());
    assertThat(api.as(Persona.STAFF_HUS).get(receipt.header("Location")).status())
        .as("another site's receipt")
        .isEqualTo(404);
  }

  @Test
  void one_bad_record_rejects_an_atomic_submission_whole_and_the_receipt_says_which_and_why() {
    int before = stored();
    List<Map<String, Object>> records = new ArrayList<>();
    records.add(Map.of("type", "participant", "ref", "good", "data", Requests.enrolment()));
    records.add(
        Map.of(
            "type",
            "participant",
            "ref",
            "bad",
            "data",
            Requests.with(Requests.enrolment(), "birthYear", 1800)));

    Api.Response response = api.as(Persona.STAFF_OUS).post("/api/v1/submissions", records);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().at("/receipt/records/0/status").asString()).isEqualTo("NOT_STORED");
    assertThat(response.json().at("/receipt/records/1/status").asString()).isEqualTo("REJECTED");
    assertThat(response.json().at("/receipt/records/1/errors/0/field").asString())
        .isEqualTo("birthYear");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void
      a_partial_submission_stores_the_good_records_and_rejects_the_bad_ones_each_with_its_reason() {
    List<Map<String, Object>> records =
        List.of(
            Map.of("type", "participant", "ref", "good", "data", Requests.enrolment()),
            Map.of(
                "type",
                "infusion",
                "ref",
                "no-participant",
                "data",
                Requests.infusion(ENROLLED.plusDays(1))),
            Map.of(
                "type",
                "infusion",
                "ref",
                "unknown-participant",
                "participantId",
                UUID.randomUUID().toString(),
                "data",
                Requests.infusion(ENROLLED)),
            Map.of("type", "vaccination", "ref", "unknown-type", "data", Map.of()),
            Map.of("ref", "no-type", "data", Map.of()),
            Map.of(
                "type", "participant", "ref", "malformed", "data", Map.of("birthYear", "nineteen")),
            Map.of(
                "type",
                "infusion",
                "ref",
                "unknown-field",
                "participantId",
                UUID.randomUUID().toString(),
                "data",
                Map.of("date", ENROLLED.toString(), "colour", "blue")));

    Api.Response receipt =
        api.as(Persona.STAFF_OUS).post("/api/v1/submissions?mode=partial", records);

    assertThat(receipt.status()).isEqualTo(201);
    assertThat(receipt.json().get("status").asString()).isEqualTo("PARTIALLY_ACCEPTED");
    assertThat(Receipts.outcomes(receipt.json()))
        .containsExactly(
            Map.entry("good", "ACCEPTED"),
            Map.entry("no-participant", "REJECTED:required"),
            Map.entry("unknown-participant", "REJECTED:not-found"),
            Map.entry("unknown-type", "REJECTED:known-type"),
            Map.entry("no-type", "REJECTED:known-type"),
            Map.entry("malformed", "REJECTED:type"),
            Map.entry("unknown-field", "REJECTED:unknown-field"));
    Api.Response single =
        api.as(Persona.STAFF_OUS).post("/api/v1/participants", Map.of("birthYear", "nineteen"));
    assertThat(single.json().at("/errors/0/rule").asString())
        .as("a bulk record's data is answered as the single request's body would be")
        .isEqualTo(receipt.json().at("/records/5/errors/0/rule").asString());
    assertThat(receipt.json().at("/records/6/errors/0/field").asString())
        .as("named as a single request's body would name it, under the record's data")
        .isEqualTo("data.colour");
  }

  @Test
  void a_dry_run_checks_everything_and_stores_nothing() {
    int before = stored();
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    List<Map<String, Object>> records =
        List.of(
            Map.of(
                "type",
                "participant",
                "ref",
                "p",
                "data",
                Requests.enrolment(person.digits(), person.birthYear())),
            Map.of(
                "type",
                "infusion",
                "ref",
                "i",
                "nationalId",
                person.digits(),
                "data",
                Requests.infusion(ENROLLED.plusDays(1))));

    Api.Response receipt =
        api.as(Persona.STAFF_OUS).post("/api/v1/submissions?dryRun=true", records);

    assertThat(receipt.status()).isEqualTo(200);
    assertThat(receipt.json().get("status").asString()).isEqualTo("VALIDATED");
    assertThat(receipt.json().get("accepted").asInt()).isEqualTo(2);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void ndjson_is_accepted_like_a_json_array() {
    String ndjson =
        List.of(
                Map.of("type", "participant", "ref", "1", "data", Requests.enrolment()),
                Map.of("type", "participant", "ref", "2", "data", Requests.enrolment()))
            .stream()
            .map(Api::json)
            .collect(Collectors.joining("\n"));

    Api.Response receipt =
        api.as(Persona.STAFF_OUS)
            .header("Content-Type", "application/x-ndjson")
            .post("/api/v1/submissions", ndjson);

    assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
    assertThat(receipt.json().get("accepted").asInt()).isEqualTo(2);
  }

  @Test
  void each_record_is_read_on_its_own_whatever_the_order_of_its_fields() {
    String unknownFieldFirst =
        "{\"data\":{\"date\":\"%s\",\"colour\":\"blue\"},\"ref\":\"data-first\",\"type\":\"infusion\",\"participantId\":\"%s\"}"
            .formatted(ENROLLED, UUID.randomUUID());
    String unknownFieldLast =
        "{\"type\":\"infusion\",\"ref\":\"data-last\",\"participantId\":\"%s\",\"data\":{\"vitals\":{\"spo2Min\":\"low\",\"x\":[1,{\"y\":2}]},\"colour\":\"blue\"}}"
            .formatted(UUID.randomUUID());
    String ndjson =
        String.join(
            "\n",
            unknownFieldFirst,
            unknownFieldLast,
            "{\"type\":\"participant\",\"ref\":\"good\",\"data\":"
                + Api.json(Requests.enrolment())
                + "}",
            "{\"type\":\"infusion\",\"ref\":\"bad-id\",\"participantId\":\"no-uuid\",\"data\":{}}",
            "{\"type\":\"infusion\",\"ref\":\"extra\",\"patient\":\"x\",\"data\":{}}");

    Api.Response receipt =
        api.as(Persona.STAFF_OUS)
            .header("Content-Type", "application/x-ndjson")
            .post("/api/v1/submissions?mode=partial", ndjson);

    assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
    assertThat(Receipts.outcomes(receipt.json()))
        .containsExactly(
            Map.entry("data-first", "REJECTED:unknown-field"),
            Map.entry("data-last", "REJECTED:type"),
            Map.entry("good", "ACCEPTED"),
            Map.entry("bad-id", "REJECTED:format"),
            Map.entry("extra", "REJECTED:unknown-field"));
    assertThat(receipt.json().at("/records/0/errors/0/field").asString()).isEqualTo("data.colour");
    assertThat(receipt.json().at("/records/1/errors/0/field").asString())
        .as("the first problem inside data; the reader then goes on after data")
        .isEqualTo("data.vitals.spo2Min");
    assertThat(receipt.json().at("/records/3/errors/0/field").asString())
        .isEqualTo("participantId");
    assertThat(receipt.json().at("/records/4/errors/0/field").asString()).isEqualTo("patient");
  }

  @Test
  void a_body_that_is_not_an_array_of_records_is_refused_whole() {
    Api.Response object =
        api.as(Persona.STAFF_OUS)
            .post(
                "/api/v1/submissions", Map.of("type", "participant", "data", Requests.enrolment()));
    Api.Response broken =
        api.as(Persona.STAFF_OUS)
            .header("Content-Type", "application/x-ndjson")
            .post("/api/v1/submissions", "{\"type\":\"participant\",\"data\":{\n");

    for (Api.Response refused : List.of(object, broken)) {
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("body");
      assertThat(refused.json().at("/errors/0/rule").asString()).isEqualTo("json");
    }
  }

  @Test
  void a_retried_submission_with_the_same_key_stores_its_records_once() {
    String key = UUID.randomUUID().toString();
    List<Map<String, Object>> records =
        List.of(Map.of("type", "participant", "ref", "1", "data", Requests.enrolment()));
    int before = stored();

    Api.Response first =
        api.as(Persona.STAFF_OUS).idempotencyKey(key).post("/api/v1/submissions", records);
    Api.Response retry =
        api.as(Persona.STAFF_OUS).idempotencyKey(key).post("/api/v1/submissions", records);

    assertThat(retry.json()).isEqualTo(first.json());
    assertThat(stored()).as("one enrolment and one receipt").isEqualTo(before + 2);
  }

  @Test
  void more_than_10000_records_are_refused() {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i <= 10_000; i++) {
      records.add(Map.of("type", "participant", "ref", String.valueOf(i), "data", Map.of()));
    }

    Api.Response response = api.as(Persona.STAFF_OUS).post("/api/v1/submissions", records);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().at("/errors/0/rule").asString()).isEqualTo("max-records");
  }

  @Test
  void an_empty_submission_is_refused() {
    Api.Response response = api.as(Persona.STAFF_OUS).post("/api/v1/submissions", List.of());

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().at("/errors/0/rule").asString()).isEqualTo("not-empty");
  }

  private int stored() {
    return jdbc.sql(
            "SELECT (SELECT count(*) FROM enrolment) + (SELECT count(*) FROM infusion) + (SELECT count(*) FROM submission)")
        .query(Integer.class)
        .single();
  }
}
