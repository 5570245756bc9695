package no.followup.registry.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import no.followup.registry.cohort.NationalIdNumbers;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Single-record POSTs of infusions by concurrent clients with real Keycloak tokens (one per
 * client), next to the same clients calling the health endpoint: the floor that HTTP and the server
 * add whatever the registry does.
 */
final class PostBench {

  record Result(int clients, double seconds, Latencies infusions, Latencies health) {}

  /** Requests, their rate and their latency percentiles. */
  record Latencies(
      long requests, long failures, double perSecond, double p50Ms, double p95Ms, double p99Ms) {}

  private PostBench() {}

  static Result run(RunningRegistry registry, int clients, double seconds) throws Exception {
    String token = registry.keycloak.tokenFor("staff.ous");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<String> participants = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      participants.add(enrol(http, registry.url(), token));
    }
    String yesterday = LocalDate.now().minusDays(1).toString();
    IntFunction<HttpRequest> infusion =
        client ->
            HttpRequest.newBuilder(
                    URI.create(
                        registry.url()
                            + "/api/v1/participants/"
                            + participants.get(client)
                            + "/infusions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"date":"%s","drug":"RACEMIC_KETAMINE","doseMgPerKg":0.5,"weightKg":72.5,"durationMinutes":40,
                         "vitals":{"systolicBefore":128,"diastolicBefore":82,"systolicMax":150,"diastolicMax":94,
                         "heartRateMax":96,"spo2Min":97},"dissociationScore":18}
                        """
                            .formatted(yesterday)))
                .build();
    IntFunction<HttpRequest> health =
        client ->
            HttpRequest.newBuilder(URI.create(registry.url() + "/actuator/health")).GET().build();
    load(http, clients, Math.min(3, seconds), infusion, 201); // warm-up
    Latencies infusions = load(http, clients, seconds, infusion, 201);
    Latencies floor = load(http, clients, seconds, health, 200);
    return new Result(clients, seconds, infusions, floor);
  }

  static Latencies load(
      HttpClient http, int clients, double seconds, IntFunction<HttpRequest> request, int expected)
      throws InterruptedException {
    return load(client -> http, clients, seconds, request, expected);
  }

  /** Each client sends with its own HTTP client (its own cookies: a signed-in browser session). */
  static Latencies load(
      IntFunction<HttpClient> httpOf,
      int clients,
      double seconds,
      IntFunction<HttpRequest> request,
      int expected)
      throws InterruptedException {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    // Latencies in microseconds, from 1 µs to a minute at three significant digits.
    Histogram latencies = new ConcurrentHistogram(60_000_000L, 3);
    AtomicLong failures = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<Void> response =
                        httpOf
                            .apply(client)
                            .send(request.apply(client), HttpResponse.BodyHandlers.discarding());
                    latencies.recordValue(
                        Math.min(60_000_000L, (System.nanoTime() - start) / 1_000));
                    if (response.statusCode() != expected) {
                      failures.incrementAndGet();
                    }
                  }
                } catch (Exception e) {
                  failures.incrementAndGet();
                } finally {
                  done.countDown();
                }
              },
              "bench-client-" + c);
      thread.start();
    }
    done.await();
    long total = latencies.getTotalCount();
    return new Latencies(
        total,
        failures.get(),
        total / seconds,
        millis(latencies, 50),
        millis(latencies, 95),
        millis(latencies, 99));
  }

  private static double millis(Histogram latencies, double percentile) {
    return latencies.getTotalCount() == 0
        ? 0
        : latencies.getValueAtPercentile(percentile) / 1_000.0;
  }

  static String enrol(HttpClient http, String api, String token) throws Exception {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    String enrolled = LocalDate.now().minusDays(30).toString();
    String consented = LocalDate.now().minusDays(32).toString();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(api + "/api/v1/participants"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"nationalId":"%s","studyCode":"KETAMINE-TRD","enrolmentDate":"%s","indication":"TREATMENT_RESISTANT_DEPRESSION",
                         "consent":{"offLabelInformed":true,"registryConsent":true,"consentDate":"%s"}}
                        """
                            .formatted(person.digits(), enrolled, consented)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException(
          "enrolment answered " + response.statusCode() + ": " + response.body());
    }
    String body = response.body();
    int at = body.indexOf("\"participantId\":\"") + "\"participantId\":\"".length();
    return body.substring(at, body.indexOf('"', at));
  }
}
