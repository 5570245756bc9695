package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import no.followup.registry.cohort.NationalIdNumbers;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What operations scrape at {@code /actuator/prometheus}: only with the monitor role; the record
 * counters move by what the receipts say; nothing in a label names a patient.
 */
@ApiTest
class MetricsTest {

  private static final String METRICS = "/actuator/prometheus";
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[^}]*})?) (\\S+)$", Pattern.MULTILINE);

  @LocalServerPort int port;
  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void only_the_monitor_role_reads_the_metrics() {
    SoftAssertions softly = new SoftAssertions();
    for (Persona persona : Persona.values()) {
      Api.Response response = api.as(persona).get(METRICS);
      int expected = persona == Persona.MONITOR ? 200 : persona == Persona.ANONYMOUS ? 401 : 403;
      softly
          .assertThat(response.status())
          .as("%s: %s", persona, response.body())
          .isEqualTo(expected);
      if (expected != 200) {
        softly.assertThat(response.contentType()).startsWith("application/problem+json");
      }
    }
    softly.assertAll();
  }

  @Test
  void the_monitor_role_reads_no_record() {
    assertThat(api.as(Persona.MONITOR).get("/api/v1/participants").status()).isEqualTo(403);
    assertThat(api.as(Persona.MONITOR).get("/api/v1/safety-signals").status()).isEqualTo(403);
  }

  @Test
  void a_submission_moves_the_record_counters_by_its_receipt_and_a_check_moves_none() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    Map<String, Double> before = scrape();

    Api.Response receipt =
        api.as(Persona.HOSPITAL_OUS).post("/api/v1/submissions?mode=partial", records(person));
    api.as(Persona.HOSPITAL_OUS)
        .post("/api/v1/submissions?dryRun=true", records(NationalIdNumbers.nextSynthetic()));

    assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
    assertThat(receipt.json().get("accepted").asInt()).isEqualTo(3);
    assertThat(receipt.json().get("rejected").asInt()).isEqualTo(1);
    Map<String, Double> after = scrape();
    assertThat(moved(before, after, "participant", "stored")).isEqualTo(1);
    assertThat(moved(before, after, "infusion", "stored")).isEqualTo(1);
    assertThat(moved(before, after, "infusion", "refused")).isEqualTo(1);
    assertThat(moved(before, after, "assessment", "stored")).isEqualTo(1);
    assertThat(moved(before, after, "assessment", "refused")).isZero();
  }

  @Test
  void a_single_write_counts_once_stored_or_refused_and_a_signal_shows_as_new() {
    String participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId")
            .toString();
    String events = "/api/v1/participants/" + participant + "/adverse-events";
    Map<String, Double> before = scrape();
    double newSignals = value(before, signals("SERIOUS_ADVERSE_EVENT", "NEW"));

    assertThat(
            api.as(Persona.STAFF_OUS)
                .post(events, Requests.adverseEvent("HEADACHE", 3, true))
                .status())
        .isEqualTo(201);
    assertThat(
            api.as(Persona.STAFF_OUS)
                .post(events, Requests.adverseEvent("HEADACHE", 9, false))
                .status())
        .isEqualTo(422);

    Map<String, Double> after = scrape();
    assertThat(moved(before, after, "adverse-event", "stored")).isEqualTo(1);
    assertThat(moved(before, after, "adverse-event", "refused")).isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(value(scrape(), signals("SERIOUS_ADVERSE_EVENT", "NEW")))
                    .isEqualTo(newSignals + 1));
    String text = api.as(Persona.MONITOR).get(METRICS).body();
    assertThat(text)
        .as("no participant in a label")
        .doesNotContain(participant)
        .contains("uri=\"/api/v1/participants/{participantId}/adverse-events\"");
  }

  @Test
  void operations_see_the_pool_the_outbox_and_the_requests() {
    String text = api.as(Persona.MONITOR).get(METRICS).body();

    assertThat(text)
        .contains("hikaricp_connections_active")
        .contains("registry_notifications_queued")
        .contains("registry_notifications_oldest_queued_age_seconds")
        .contains("http_server_requests_seconds_count");
  }

  @Test
  void the_dashboard_and_the_alerts_read_only_metrics_the_registry_exports() throws Exception {
    String job =
        api.as(Persona.COORDINATOR)
            .post(
                "/api/v1/jobs/dataQuality/executions",
                Map.of("asOf", ENROLLED.plusDays(30).toString()))
            .header("Location");
    api.as(Persona.COORDINATOR).awaitStatus(job, Api.JOB_ENDED, Duration.ofSeconds(60));
    Set<String> exported =
        scrape().keySet().stream()
            .map(series -> series.replaceFirst("\\{.*", ""))
            .collect(Collectors.toSet());
    // The PromQL of each panel and alert, without its label matchers and groupings.
    Pattern expression = Pattern.compile("\"?expr\"?:\\s*\"?(.+?)\"?,?$", Pattern.MULTILINE);
    Pattern metric =
        Pattern.compile("\\b(?:registry|http_server_requests|hikaricp|spring_batch)_[a-z_]+\\b");
    Set<String> read = new TreeSet<>();
    for (String file : List.of("grafana/dashboards/registry.json", "prometheus/alerts.yml")) {
      Matcher expressions = expression.matcher(Files.readString(Path.of("..", "deploy", file)));
      while (expressions.find()) {
        String promql =
            expressions.group(1).replaceAll("\\{[^}]*}", "").replaceAll("by \\([^)]*\\)", "");
        metric.matcher(promql).results().forEach(name -> read.add(name.group()));
      }
    }

    assertThat(read)
        .contains(
            "registry_records_total",
            "registry_safety_signals",
            "registry_notifications_oldest_queued_age_seconds",
            "http_server_requests_seconds_bucket",
            "spring_batch_job_seconds_count");
    assertThat(exported).containsAll(read);
  }

  private static List<Map<String, Object>> records(NationalIdNumbers.Synthetic person) {
    return List.of(
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
            "i1",
            "nationalId",
            person.digits(),
            "data",
            Requests.infusion(ENROLLED.plusDays(1))),
        Map.of(
            "type",
            "infusion",
            "ref",
            "i2",
            "nationalId",
            person.digits(),
            "data",
            Requests.with(Requests.infusion(ENROLLED.plusDays(2)), "doseMgPerKg", 9)),
        Map.of(
            "type",
            "assessment",
            "ref",
            "a",
            "nationalId",
            person.digits(),
            "data",
            Requests.assessment("BASELINE", ENROLLED, 31)));
  }

  private static String signals(String kind, String state) {
    return "registry_safety_signals{kind=\"" + kind + "\",state=\"" + state + "\"}";
  }

  private static double moved(
      Map<String, Double> before, Map<String, Double> after, String kind, String outcome) {
    String series =
        "registry_records_total{kind=\"" + kind + "\",outcome=\"" + outcome + "\",site=\"OUS\"}";
    return value(after, series) - value(before, series);
  }

  private static double value(Map<String, Double> samples, String series) {
    return samples.getOrDefault(series, 0.0);
  }

  private Map<String, Double> scrape() {
    Api.Response response = api.as(Persona.MONITOR).get(METRICS);
    assertThat(response.status()).isEqualTo(200);
    Map<String, Double> samples = new HashMap<>();
    Matcher sample = SAMPLE.matcher(response.body());
    while (sample.find()) {
      samples.put(sample.group(1), Double.parseDouble(sample.group(2)));
    }
    return samples;
  }
}
