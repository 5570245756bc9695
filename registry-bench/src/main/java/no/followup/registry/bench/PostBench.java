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
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import no.followup.registry.cohort.NationalIdNumbers;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Single-record POSTs of infusions by concurrent clients with real Keycloak tokens (one per
 * client), next to the same clients calling the health endpoint: the floor that HTTP and the server
 * add whatever the registry does.
 *
 * <p>Two workloads. <em>Within the protocol</em>, what a site's day looks like: each client rotates
 * over participants of its own, a few days between one participant's sessions, so no record gives a
 * warning. <em>Beyond the protocol</em>, the suite's first workload: every client posts to one
 * participant, all on one day, so from the seventh session on each record breaks the induction
 * series' limit, raises a safety signal and queues its notification, and the rules read an ever
 * longer history.
 */
final class PostBench {

  /** Participants each client rotates over in the workload within the protocol. */
  private static final int PARTICIPANTS_PER_CLIENT = 64;

  /**
   * Days between one participant's sessions: six in the 28 days of the induction series and in any
   * 28 days after it, within the study's limits (6 and 8).
   */
  private static final int DAYS_BETWEEN_SESSIONS = 5;

  record Result(
      int clients,
      double seconds,
      Latencies withinProtocol,
      long signalsWithinProtocol,
      Latencies beyondProtocol,
      long signalsBeyondProtocol,
      Latencies health) {}

  /** Requests, their rate and their latency percentiles. */
  record Latencies(
      long requests, long failures, double perSecond, double p50Ms, double p95Ms, double p99Ms) {}

  private PostBench() {}

  static Result run(RunningRegistry registry, int clients, double seconds) throws Exception {
    String token = registry.keycloak.tokenFor("staff.ous");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    LocalDate today = LocalDate.now();
    LocalDate longAgo = today.minusDays(400);
    List<List<String>> pools = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<String> pool = new ArrayList<>();
      for (int p = 0; p < PARTICIPANTS_PER_CLIENT; p++) {
        pool.add(enrol(http, registry.url(), token, longAgo));
      }
      pools.add(pool);
    }
    AtomicIntegerArray sent = new AtomicIntegerArray(clients);
    IntFunction<HttpRequest> withinProtocol =
        client -> {
          int n = sent.getAndIncrement(client);
          String participant = pools.get(client).get(n % PARTICIPANTS_PER_CLIENT);
          LocalDate date =
              longAgo.plusDays(1 + (long) DAYS_BETWEEN_SESSIONS * (n / PARTICIPANTS_PER_CLIENT));
          if (date.isAfter(today)) {
            throw new IllegalStateException(
                "the workload ran out of days: give it more participants");
          }
          return infusion(registry, token, participant, date);
        };
    List<String> single = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      single.add(enrol(http, registry.url(), token, today.minusDays(30)));
    }
    IntFunction<HttpRequest> beyondProtocol =
        client -> infusion(registry, token, single.get(client), today.minusDays(1));
    IntFunction<HttpRequest> health =
        client ->
            HttpRequest.newBuilder(URI.create(registry.url() + "/actuator/health")).GET().build();
    JdbcTemplate database = new JdbcTemplate(registry.database.dataSource());
    load(http, clients, Math.min(3, seconds), withinProtocol, 201); // warm-up
    long before = signals(database);
    Latencies within = load(http, clients, seconds, withinProtocol, 201);
    long between = signals(database);
    Latencies beyond = load(http, clients, seconds, beyondProtocol, 201);
    long after = signals(database);
    Latencies floor = load(http, clients, seconds, health, 200);
    return new Result(clients, seconds, within, between - before, beyond, after - between, floor);
  }

  private static long signals(JdbcTemplate database) {
    return database.queryForObject("SELECT count(*) FROM safety_signal", Long.class);
  }

  private static HttpRequest infusion(
      RunningRegistry registry, String token, String participant, LocalDate date) {
    return HttpRequest.newBuilder(
            URI.create(registry.url() + "/api/v1/participants/" + participant + "/infusions"))
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
                    .formatted(date)))
        .build();
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
    return loadSequences(httpOf, clients, seconds, c -> List.of(request.apply(c)), expected);
  }

  /**
   * Each client sends its requests one after the other, as a client that needs them all for one
   * screen; the latency is the whole sequence's, a failure any answer other than expected.
   */
  static Latencies loadSequences(
      IntFunction<HttpClient> httpOf,
      int clients,
      double seconds,
      IntFunction<List<HttpRequest>> requests,
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
                    boolean failed = false;
                    for (HttpRequest request : requests.apply(client)) {
                      HttpResponse<Void> response =
                          httpOf
                              .apply(client)
                              .send(request, HttpResponse.BodyHandlers.discarding());
                      failed |= response.statusCode() != expected;
                    }
                    latencies.recordValue(
                        Math.min(60_000_000L, (System.nanoTime() - start) / 1_000));
                    if (failed) {
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
    return enrol(http, api, token, LocalDate.now().minusDays(30));
  }

  static String enrol(HttpClient http, String api, String token, LocalDate enrolled)
      throws Exception {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    LocalDate consented = enrolled.minusDays(2);
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
