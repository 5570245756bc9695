package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import no.followup.registry.cohort.NationalIdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A serious adverse event's signal triaged as a coordinator does it: taken up, concluded with the
 * WHO-UMC causality, reopened with a reason; commented by the site's lead; each step audited, and
 * nobody else may take it.
 */
@ApiTest
class SignalTriageApiTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private Api api;
  private String signal;

  @BeforeEach
  void aSeriousAdverseEventAtOus() {
    api = new Api(port);
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    String event =
        api.as(Persona.STAFF_OUS)
            .post(
                "/api/v1/participants/" + participant + "/adverse-events",
                Requests.adverseEvent("HEADACHE", 3, true))
            .json()
            .get("id")
            .asString();
    signal =
        jdbc.sql(
                "SELECT id FROM safety_signal WHERE source_id = ? AND kind = 'SERIOUS_ADVERSE_EVENT'")
            .param(UUID.fromString(event))
            .query(UUID.class)
            .single()
            .toString();
  }

  @Test
  void a_signal_is_taken_up_concluded_and_reopened_with_every_step_audited() {
    assertThat(state()).isEqualTo("NEW");
    assertThat(ids("state=NEW&kind=SERIOUS_ADVERSE_EVENT&size=200")).contains(signal);
    List<String> oldestFirst =
        api.as(Persona.COORDINATOR)
            .get("/api/v1/safety-signals?state=NEW&order=OLDEST&size=200")
            .json()
            .get("items")
            .valueStream()
            .map(s -> s.get("raisedAt").asString())
            .toList();
    assertThat(oldestFirst).isNotEmpty();
    assertThat(oldestFirst.stream().map(java.time.Instant::parse).toList()).isSorted();

    Api.Response takenUp = step(Map.of("state", "UNDER_ASSESSMENT"));
    assertThat(takenUp.status()).isEqualTo(200);
    assertThat(takenUp.json().get("by").asString()).isEqualTo("coordinator");
    Api.Response again = step(Map.of("state", "UNDER_ASSESSMENT"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("triage-state");

    Api.Response closed =
        step(
            Map.of(
                "state", "CLOSED",
                "causality", "PROBABLE",
                "expectedness", "EXPECTED",
                "action", "SITE_FOLLOW_UP",
                "comment", "Known reaction; the site follows up the blood pressure"));
    assertThat(closed.status()).isEqualTo(200);
    JsonNode assessment =
        api.as(Persona.LEAD_OUS).get("/api/v1/safety-signals/" + signal + "/assessment").json();
    assertThat(assessment.get("state").asString()).isEqualTo("CLOSED");
    assertThat(assessment.get("causality").asString()).isEqualTo("PROBABLE");
    assertThat(assessment.get("action").asString()).isEqualTo("SITE_FOLLOW_UP");

    Api.Response reopenedWithoutReason = step(Map.of("state", "UNDER_ASSESSMENT"));
    assertThat(reopenedWithoutReason.status()).isEqualTo(422);
    assertThat(reopenedWithoutReason.json().at("/errors/0/field").asString()).isEqualTo("comment");
    assertThat(state()).isEqualTo("CLOSED");
    Api.Response reopened =
        step(Map.of("state", "UNDER_ASSESSMENT", "comment", "A second event at the same site"));
    assertThat(reopened.status()).isEqualTo(200);
    assertThat(state()).isEqualTo("UNDER_ASSESSMENT");
    assertThat(ids("state=NEW&kind=SERIOUS_ADVERSE_EVENT&size=200")).doesNotContain(signal);

    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE entity_type = 'safety-signal'"
                        + " AND entity_id = ? AND action = 'TRIAGE'")
                .param(signal)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
    assertThat(
            jdbc.sql("SELECT first_closed_at IS NOT NULL FROM safety_signal WHERE id = ?::uuid")
                .param(signal)
                .query(Boolean.class)
                .single())
        .as("the time to assessment stays the first closing's")
        .isTrue();
  }

  @Test
  void closing_needs_the_conclusion_and_stores_nothing_without_it() {
    Api.Response refused = step(Map.of("state", "CLOSED", "causality", "POSSIBLE"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()))
        .containsExactlyInAnyOrder("expectedness", "action");
    assertThat(state()).isEqualTo("NEW");
  }

  @Test
  void only_coordinators_triage_and_only_the_sites_lead_comments_besides_them() {
    assertThat(
            api.as(Persona.LEAD_OUS)
                .post(
                    "/api/v1/safety-signals/" + signal + "/assessment",
                    Map.of("state", "UNDER_ASSESSMENT"))
                .status())
        .isEqualTo(403);
    assertThat(
            api.as(Persona.STAFF_OUS)
                .post("/api/v1/safety-signals/" + signal + "/comments", Map.of("comment", "x"))
                .status())
        .isEqualTo(403);

    Api.Response fromTheLead =
        api.as(Persona.LEAD_OUS)
            .post(
                "/api/v1/safety-signals/" + signal + "/comments",
                Map.of("comment", "Patient seen again the next day; recovered"));
    assertThat(fromTheLead.status()).isEqualTo(201);

    JsonNode detail = api.as(Persona.COORDINATOR).get("/api/v1/safety-signals/" + signal).json();
    assertThat(detail.at("/comments/0/comment").asString())
        .isEqualTo("Patient seen again the next day; recovered");
    assertThat(detail.at("/comments/0/author").asString()).isEqualTo("lead.ous");
    assertThat(detail.at("/signal/triage/state").asString()).isEqualTo("NEW");
    assertThat(state()).as("a comment is no triage step").isEqualTo("NEW");
  }

  @Test
  void a_comment_never_holds_a_national_id() {
    String digits = NationalIdNumbers.nextSynthetic().digits();
    Api.Response refused =
        api.as(Persona.COORDINATOR)
            .post(
                "/api/v1/safety-signals/" + signal + "/comments",
                Map.of("comment", "Call about " + digits));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().at("/errors/0/rule").asString()).isEqualTo("no-national-id");
    assertThat(refused.body()).doesNotContain(digits);
    assertThat(
            jdbc.sql("SELECT count(*) FROM safety_signal_comment WHERE signal_id = ?::uuid")
                .param(signal)
                .query(Integer.class)
                .single())
        .isZero();
  }

  private Api.Response step(Map<String, String> body) {
    return api.as(Persona.COORDINATOR)
        .post("/api/v1/safety-signals/" + signal + "/assessment", new LinkedHashMap<>(body));
  }

  private List<String> ids(String query) {
    return api.as(Persona.COORDINATOR)
        .get("/api/v1/safety-signals?" + query)
        .json()
        .get("items")
        .valueStream()
        .map(s -> s.get("id").asString())
        .toList();
  }

  private String state() {
    return jdbc.sql("SELECT state FROM safety_signal WHERE id = ?::uuid")
        .param(signal)
        .query(String.class)
        .single();
  }
}
