package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import no.followup.registry.api.support.ApiProcess;
import no.followup.registry.cohort.SyntheticCohort;
import no.followup.registry.testsupport.ChildProcesses;
import no.followup.registry.testsupport.KeycloakServer;
import no.followup.registry.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API process is killed (SIGKILL) while it writes a hospital system's bulk submission (its
 * transaction seen open in the database); the system sends every submission again with the same
 * Idempotency-Keys to the restarted API. Afterwards every record of the cohort exists exactly once.
 */
class ApiCrashDuringBulkIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int RECORDS_PER_SUBMISSION = 400;

  private final TestDatabase database = TestDatabase.fresh();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void every_record_exists_exactly_once_after_a_crash_and_retries_with_the_same_keys()
      throws Exception {
    List<String> submissions =
        submissions(new SyntheticCohort(41, 300, LocalDate.now().minusDays(1)));
    int port = ChildProcesses.freePort();
    String token =
        KeycloakServer.shared().tokenForClient("hospital-ous", "demo-hospital-ous-secret");

    Process api = ApiProcess.start(database, port, "first");
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    int acknowledgedBeforeCrash = 0;
    CompletableFuture<HttpResponse<String>> inFlight = null;
    for (int i = 0; i < submissions.size() && inFlight == null; i++) {
      CompletableFuture<HttpResponse<String>> sent =
          http.sendAsync(
              submit(port, token, i, submissions.get(i)), HttpResponse.BodyHandlers.ofString());
      if (i >= submissions.size() / 2 && caughtWriting(jdbc, sent)) {
        inFlight = sent;
      } else {
        assertThat(sent.get().statusCode()).isEqualTo(201);
        acknowledgedBeforeCrash++;
      }
    }
    assertThat(inFlight).as("no submission was caught with its transaction open").isNotNull();
    api.destroyForcibly().waitFor();
    assertThat(inFlight.handle((response, failure) -> failure != null).get())
        .as("the submission the API was writing when it was killed got no answer")
        .isTrue();

    Process restarted = ApiProcess.start(database, port, "restarted");
    try {
      int replayed = 0;
      for (int i = 0; i < submissions.size(); i++) {
        HttpResponse<String> response =
            http.send(
                submit(port, token, i, submissions.get(i)), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
          replayed++;
        }
      }
      LoggerFactory.getLogger(ApiCrashDuringBulkIT.class)
          .info(
              "{} submissions, {} acknowledged before the kill mid-submission, {} replayed after restart",
              submissions.size(),
              acknowledgedBeforeCrash,
              replayed);
      assertThat(replayed).isGreaterThanOrEqualTo(acknowledgedBeforeCrash);
    } finally {
      restarted.destroyForcibly().waitFor();
    }

    Map<String, Long> expected = expectedCounts(submissions);
    assertThat(count(jdbc, "enrolment")).isEqualTo(expected.get("participant"));
    assertThat(count(jdbc, "infusion")).isEqualTo(expected.getOrDefault("infusion", 0L));
    assertThat(count(jdbc, "assessment")).isEqualTo(expected.getOrDefault("assessment", 0L));
    assertThat(count(jdbc, "adverse_event")).isEqualTo(expected.getOrDefault("adverse-event", 0L));
    assertThat(count(jdbc, "lab_result")).isEqualTo(expected.getOrDefault("lab-result", 0L));
  }

  /**
   * Waits until the submission's transaction is seen writing (another connection holds the lock an
   * insert into {@code infusion} takes until commit; nothing else writes infusions here): true, or
   * false when the answer came first.
   */
  private static boolean caughtWriting(
      JdbcClient jdbc, CompletableFuture<HttpResponse<String>> sent) throws InterruptedException {
    while (!sent.isDone()) {
      long writers =
          jdbc.sql(
                  """
                  SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                  WHERE c.relname = 'infusion' AND l.mode = 'RowExclusiveLock'
                    AND l.granted AND l.pid <> pg_backend_pid()
                  """)
              .query(Long.class)
              .single();
      if (writers > 0) {
        return true;
      }
      Thread.sleep(2);
    }
    return false;
  }

  /** The OUS participants of the cohort as NDJSON submissions of whole participants. */
  private static List<String> submissions(SyntheticCohort cohort) {
    List<String> submissions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int lines = 0;
    for (int i = 0; i < cohort.size(); i++) {
      if (!cohort.siteOf(i).equals("OUS")) {
        continue;
      }
      for (Map<String, Object> line : cohort.participant(i)) {
        current.append(JSON.writeValueAsString(line)).append('\n');
        lines++;
      }
      if (lines >= RECORDS_PER_SUBMISSION) {
        submissions.add(current.toString());
        current = new StringBuilder();
        lines = 0;
      }
    }
    if (lines > 0) {
      submissions.add(current.toString());
    }
    return submissions;
  }

  private static Map<String, Long> expectedCounts(List<String> submissions) {
    return submissions.stream()
        .flatMap(s -> Arrays.stream(s.split("\n")))
        .map(line -> JSON.readTree(line).get("type").asString())
        .collect(Collectors.groupingBy(type -> type, Collectors.counting()));
  }

  private static HttpRequest submit(int port, String token, int number, String ndjson) {
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/v1/submissions?mode=atomic"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/x-ndjson")
        .header("Idempotency-Key", "crash-test-submission-" + number)
        .POST(HttpRequest.BodyPublishers.ofString(ndjson))
        .timeout(Duration.ofSeconds(60))
        .build();
  }

  private static long count(JdbcClient jdbc, String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }
}
