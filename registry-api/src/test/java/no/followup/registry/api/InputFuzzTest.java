package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Any bytes as the body of any JSON or NDJSON endpoint, sent with a token allowed to call it, so
 * that the body is what decides: never a 5xx, always problem+json for an error, and a rejected
 * request leaves the database as it was. In the normal build Jazzer runs the committed corpus
 * ({@code InputFuzzTestInputs/anyBodyToAnyEndpoint/}: deep nesting, huge numbers, invalid UTF-8,
 * impossible dates, injection strings, unknown fields, duplicated keys, wrong types, broken
 * NDJSON); with {@code JAZZER_FUZZ=1} it explores from there and adds what it finds. The first byte
 * picks the endpoint, the rest is the body.
 */
@ApiTest
class InputFuzzTest {

  /** An endpoint taking a body: who calls it, how, and where. */
  private record Target(Persona caller, String method, String path, String contentType) {}

  private static final List<String> WRITTEN_TABLES =
      List.of(
          "data_access_project",
          "data_lock",
          "participant",
          "enrolment",
          "infusion",
          "assessment",
          "adverse_event",
          "lab_result",
          "idempotency_key",
          "report_schedule",
          "dataset_export",
          "submission");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private Api api;
  private List<Target> targets;

  @BeforeEach
  void aParticipantWithARecord() {
    api = new Api(port);
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    String records = "/api/v1/participants/" + participant;
    UUID infusion =
        api.as(Persona.STAFF_OUS)
            .post(records + "/infusions", Requests.infusion(Requests.ENROLLED.plusDays(3)))
            .id("id");
    String json = "application/json";
    targets =
        List.of(
            new Target(Persona.STAFF_OUS, "POST", "/api/v1/participants", json),
            new Target(Persona.STAFF_OUS, "POST", records + "/infusions", json),
            new Target(Persona.STAFF_OUS, "POST", records + "/assessments", json),
            new Target(Persona.STAFF_OUS, "POST", records + "/adverse-events", json),
            new Target(Persona.STAFF_OUS, "POST", records + "/lab-results", json),
            new Target(Persona.STAFF_OUS, "POST", records + "/withdrawal", json),
            new Target(Persona.STAFF_OUS, "POST", records + "/discontinuation", json),
            new Target(Persona.STAFF_OUS, "POST", "/api/v1/submissions", json),
            new Target(Persona.STAFF_OUS, "POST", "/api/v1/submissions", "application/x-ndjson"),
            new Target(Persona.COORDINATOR, "POST", "/api/v1/jobs/dataQuality/executions", json),
            new Target(Persona.COORDINATOR, "POST", "/api/v1/report-schedules", json),
            new Target(
                Persona.RESEARCHER, "POST", "/api/v1/datasets/evaluation-2028/exports", json),
            new Target(Persona.COORDINATOR, "POST", "/api/v1/data-access-projects", json),
            new Target(Persona.COORDINATOR, "POST", "/api/v1/data-locks", json),
            new Target(Persona.STAFF_OUS, "PUT", records + "/infusions/" + infusion, json),
            new Target(
                Persona.STAFF_OUS,
                "POST",
                "/api/v1/data-quality-findings/" + UUID.randomUUID() + "/answer",
                json));
  }

  @FuzzTest(maxDuration = "60s")
  void anyBodyToAnyEndpoint(byte[] input) {
    if (input.length == 0) {
      return;
    }
    // The target is the API over HTTP on this machine: not a server-side request forgery.
    try (var localCalls = BugDetectors.allowNetworkConnections()) {
      send(input);
    }
  }

  private void send(byte[] input) {
    Target target = targets.get(Math.floorMod(input[0], targets.size()));
    byte[] body = Arrays.copyOfRange(input, 1, input.length);
    long rowsBefore = rows();

    Api.Response response =
        api.as(target.caller())
            .header("If-Match", "\"1\"")
            .sendBytes(target.method(), target.path(), body, target.contentType());

    assertThat(response.status())
        .as("%s %s: %s", target.method(), target.path(), response.body())
        .isLessThan(500);
    if (response.status() >= 400) {
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(rows()).as("a rejected request stores nothing").isEqualTo(rowsBefore);
    }
  }

  private long rows() {
    return WRITTEN_TABLES.stream()
        .mapToLong(t -> jdbc.sql("SELECT count(*) FROM " + t).query(Long.class).single())
        .sum();
  }
}
