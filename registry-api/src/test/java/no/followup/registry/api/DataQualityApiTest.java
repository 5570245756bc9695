package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A site finds its data-quality findings after the job ran, answers them, and sees the answer. */
@ApiTest
class DataQualityApiTest {

  @LocalServerPort int port;

  @Test
  void a_site_answers_its_finding_and_an_empty_or_overlong_answer_is_refused() throws Exception {
    Api api = new Api(port);
    UUID participant =
        api.as(Persona.STAFF_HUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    api.as(Persona.STAFF_HUS)
        .post(
            "/api/v1/participants/" + participant + "/assessments",
            Requests.assessment("MIDWAY", ENROLLED.plusDays(10), 30));
    runDataQuality(api);

    JsonNode finding =
        api.as(Persona.STAFF_HUS)
            .get("/api/v1/data-quality-findings?status=OPEN")
            .json()
            .get("items")
            .valueStream()
            .filter(f -> f.get("participantId").asString().equals(participant.toString()))
            .findFirst()
            .orElseThrow();
    assertThat(finding.get("rule").asString()).isEqualTo("MISSING_BASELINE");
    String answerPath = "/api/v1/data-quality-findings/" + finding.get("id").asString() + "/answer";

    Api.Response empty = api.as(Persona.STAFF_HUS).post(answerPath, Map.of("answer", " "));
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.json().at("/errors/0/field").asString()).isEqualTo("answer");
    assertThat(empty.json().at("/errors/0/rule").asString()).isEqualTo("required");
    Api.Response overlong =
        api.as(Persona.STAFF_HUS).post(answerPath, Map.of("answer", "x".repeat(2001)));
    assertThat(overlong.json().at("/errors/0/rule").asString()).isEqualTo("max-length");

    Api.Response answered =
        api.as(Persona.STAFF_HUS).post(answerPath, Map.of("answer", "baseline was on paper"));
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
    assertThat(answered.json().get("answeredBy").asString()).isEqualTo("staff.hus");
    JsonNode coordinatorView =
        api.as(Persona.COORDINATOR).get("/api/v1/data-quality-findings?status=ANSWERED").json();
    assertThat(coordinatorView.get("items").findValuesAsString("answer"))
        .contains("baseline was on paper");
  }

  private static void runDataQuality(Api api) {
    String location =
        api.as(Persona.COORDINATOR)
            .post(
                "/api/v1/jobs/dataQuality/executions",
                Map.of("asOf", ENROLLED.plusDays(30).toString()))
            .header("Location");
    JsonNode run =
        api.as(Persona.COORDINATOR).awaitStatus(location, Api.JOB_ENDED, Duration.ofSeconds(30));
    assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
  }
}
