package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.followup.registry.api.support.ApiProcess;
import no.followup.registry.testsupport.ChildProcesses;
import no.followup.registry.testsupport.KeycloakServer;
import no.followup.registry.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as production runs it with {@code REGISTRY_LOG_FORMAT=ecs}: every line a JSON object, and
 * the id a problem answer gives finds the request's lines and those of the job it started.
 */
class StructuredLogsIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final TestDatabase database = TestDatabase.fresh();
  private final HttpClient http = HttpClient.newHttpClient();
  private Process api;

  @AfterEach
  void stop() {
    if (api != null) {
      api.destroy();
    }
  }

  @Test
  void the_request_id_of_an_answer_finds_its_log_lines_and_its_jobs() throws Exception {
    int port = ChildProcesses.freePort();
    api =
        ApiProcess.startLoggingAsInProduction(
            database, port, "structured", "--logging.structured.format.console=ecs");
    String token = KeycloakServer.shared().tokenFor("coordinator");
    String base = "http://127.0.0.1:" + port;

    HttpResponse<String> started =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs/dataQuality/executions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"asOf\":\"2026-10-01\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> missing =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/participants/" + UUID.randomUUID()))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String jobRequest = started.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(missing.statusCode()).isEqualTo(404);
    String problemRequest = JSON.readTree(missing.body()).get("requestId").asString();
    assertThat(missing.headers().firstValue("X-Request-Id")).hasValue(problemRequest);
    assertThat(problemRequest).isNotEqualTo(jobRequest);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(lines())
                    .as(
                        "a line of the job's own thread, with the id of the request that started it")
                    .anyMatch(
                        line ->
                            jobRequest.equals(line.path("requestId").asString(null))
                                && thread(line).startsWith("report-job-")));
    assertThat(lines())
        .as("every line is a JSON object")
        .allMatch(line -> line.isObject() && !line.path("message").isMissingNode());
  }

  private List<JsonNode> lines() throws Exception {
    return Files.readAllLines(ApiProcess.logFile("structured")).stream()
        .filter(line -> !line.isBlank())
        .map(JSON::readTree)
        .toList();
  }

  private static String thread(JsonNode line) {
    JsonNode nested = line.at("/process/thread/name");
    return nested.isMissingNode()
        ? line.path("process.thread.name").asString("")
        : nested.asString();
  }
}
