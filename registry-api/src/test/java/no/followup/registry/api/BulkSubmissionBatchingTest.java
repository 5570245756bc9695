package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.JsonNode;

/**
 * A bulk submission reads each participant once and sends its records in batches: the records of
 * one submission must still see each other as if each had been sent alone, and a clash the rules do
 * not catch (the database's one assessment per visit) must still reject only that record.
 */
@ApiTest
class BulkSubmissionBatchingTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private Api api;
  private NationalIdNumbers.Synthetic person;

  @BeforeEach
  void api() {
    api = new Api(port);
    person = NationalIdNumbers.nextSynthetic();
  }

  @Test
  void infusions_earlier_in_the_same_submission_count_towards_the_protocol_limits() {
    List<Map<String, Object>> records = new ArrayList<>();
    records.add(enrolment());
    for (int day = 1; day <= 7; day++) {
      records.add(record("infusion", "i" + day, Requests.infusion(ENROLLED.plusDays(day))));
    }

    JsonNode receipt = submit("partial", records);

    assertThat(warningRules(receipt))
        .as("the seventh infusion of the six-infusion induction series, and only it, is flagged")
        .containsEntry("i6", List.of())
        .containsEntry("i7", List.of("protocol-induction-series"));
    assertThat(receipt.get("accepted").asInt()).isEqualTo(8);
  }

  @Test
  void a_withdrawal_in_a_submission_stops_the_records_after_it() {
    JsonNode receipt =
        submit(
            "partial",
            List.of(
                enrolment(),
                record("infusion", "before", Requests.infusion(ENROLLED.plusDays(1))),
                record(
                    "withdrawal",
                    "withdrawal",
                    Map.of("date", ENROLLED.plusDays(2).toString(), "reason", "moved abroad")),
                record("infusion", "after", Requests.infusion(ENROLLED.plusDays(3)))));

    assertThat(Receipts.outcomes(receipt))
        .containsExactly(
            Map.entry("p", "ACCEPTED"),
            Map.entry("before", "ACCEPTED"),
            Map.entry("withdrawal", "ACCEPTED"),
            Map.entry("after", "REJECTED:withdrawn"));
    assertThat(count("infusion", receipt)).isEqualTo(1);
  }

  @Test
  void a_second_assessment_of_a_visit_is_rejected_alone_and_nothing_is_stored_twice() {
    JsonNode receipt =
        submit(
            "partial",
            List.of(
                enrolment(),
                record("assessment", "first", Requests.assessment("BASELINE", ENROLLED, 31)),
                record("infusion", "infusion", Requests.infusion(ENROLLED.plusDays(1))),
                record("assessment", "again", Requests.assessment("BASELINE", ENROLLED, 29)),
                record("infusion", "next", Requests.infusion(ENROLLED.plusDays(4)))));

    assertThat(Receipts.outcomes(receipt))
        .containsExactly(
            Map.entry("p", "ACCEPTED"),
            Map.entry("first", "ACCEPTED"),
            Map.entry("infusion", "ACCEPTED"),
            Map.entry("again", "REJECTED:duplicate"),
            Map.entry("next", "ACCEPTED"));
    assertThat(count("assessment", receipt)).isEqualTo(1);
    assertThat(count("infusion", receipt)).isEqualTo(2);
    assertThat(auditedCreations(receipt)).as("one audit row per stored record").isEqualTo(3);
  }

  @Test
  void an_atomic_submission_with_a_clash_stores_nothing() {
    int before = enrolments();
    Api.Response response =
        api.as(Persona.STAFF_OUS)
            .post(
                "/api/v1/submissions?mode=atomic",
                List.of(
                    enrolment(),
                    record("assessment", "first", Requests.assessment("BASELINE", ENROLLED, 31)),
                    record("assessment", "again", Requests.assessment("BASELINE", ENROLLED, 29))));

    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(response.json().at("/receipt/records/2/errors/0/rule").asString())
        .isEqualTo("duplicate");
    assertThat(enrolments()).isEqualTo(before);
  }

  private JsonNode submit(String mode, List<Map<String, Object>> records) {
    Api.Response response =
        api.as(Persona.STAFF_OUS).post("/api/v1/submissions?mode=" + mode, records);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private Map<String, Object> enrolment() {
    return Map.of(
        "type",
        "participant",
        "ref",
        "p",
        "data",
        Requests.enrolment(person.digits(), person.birthYear()));
  }

  private Map<String, Object> record(String type, String ref, Map<String, Object> data) {
    return Map.of("type", type, "ref", ref, "nationalId", person.digits(), "data", data);
  }

  private static Map<String, List<String>> warningRules(JsonNode receipt) {
    Map<String, List<String>> rules = new LinkedHashMap<>();
    receipt
        .get("records")
        .forEach(
            r -> {
              List<String> warnings = new ArrayList<>();
              r.get("warnings").forEach(w -> warnings.add(w.get("rule").asString()));
              rules.put(r.get("ref").asString(), warnings);
            });
    return rules;
  }

  private int count(String table, JsonNode receipt) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE participant_id = ?::uuid")
        .param(receipt.at("/records/0/id").asString())
        .query(Integer.class)
        .single();
  }

  private int auditedCreations(JsonNode receipt) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE action = 'CREATE'"
                + " AND entity_type IN ('infusion', 'assessment') AND participant_id = ?::uuid")
        .param(receipt.at("/records/0/id").asString())
        .query(Integer.class)
        .single();
  }

  private int enrolments() {
    return jdbc.sql("SELECT count(*) FROM enrolment").query(Integer.class).single();
  }
}
