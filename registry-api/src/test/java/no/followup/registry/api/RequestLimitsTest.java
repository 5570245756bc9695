package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * One site sending too much gets 429 with Retry-After while another site is served as usual; an
 * oversized body is refused with 413 before it is read. (Limits set low here: 5 per second, burst
 * 10, bodies up to 20,000 bytes.)
 */
@ApiTest
@TestPropertySource(
    properties = {
      "registry.limits.requests-per-second-per-site=5",
      "registry.limits.burst=10",
      "registry.limits.max-body-bytes=20000",
      "server.forward-headers-strategy=native",
      "registry.limits.records-per-second-per-site=50",
      "registry.limits.records-burst=100",
      "registry.limits.unauthenticated-per-second=2"
    })
class RequestLimitsTest {

  @LocalServerPort int port;

  @Test
  void a_site_over_its_rate_gets_429_and_another_site_is_served_meanwhile() {
    Api api = new Api(port);
    List<Api.Response> ous = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ous.add(api.as(Persona.STAFF_OUS).get("/api/v1/participants"));
    }
    Api.Response hus = api.as(Persona.STAFF_HUS).get("/api/v1/participants");

    assertThat(ous).extracting(Api.Response::status).contains(200, 429).containsOnly(200, 429);
    Api.Response limited = ous.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
    assertThat(limited.contentType()).startsWith("application/problem+json");
    assertThat(limited.json().get("code").asString()).isEqualTo("rate-limited");
    assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
    assertThat(hus.status()).isEqualTo(200);
  }

  @Test
  void a_body_over_the_size_limit_is_refused_with_413_and_nothing_is_stored() {
    Api api = new Api(port);
    Map<String, Object> enrolment =
        Requests.with(Requests.enrolment(), "indication", "x".repeat(30_000));

    Api.Response response = api.as(Persona.STAFF_HUS).post("/api/v1/participants", enrolment);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("code").asString()).isEqualTo("body-too-large");
  }

  @Test
  void a_chunked_body_is_counted_as_it_is_read_and_refused_past_the_limit() {
    Api api = new Api(port);
    String enrolment =
        Api.json(Requests.with(Requests.enrolment(), "indication", "x".repeat(30_000)));

    Api.Response response =
        api.as(Persona.STAFF_HUS)
            .sendChunked(
                "POST",
                "/api/v1/participants",
                enrolment.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/json");

    assertThat(response.status()).as(response.body()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("code").asString()).isEqualTo("body-too-large");
  }

  @Test
  void a_chunked_bulk_body_past_the_limit_is_refused_too() {
    Api api = new Api(port);
    StringBuilder ndjson = new StringBuilder();
    while (ndjson.length() < 30_000) {
      ndjson
          .append(
              Api.json(
                  java.util.Map.of(
                      "type", "participant", "ref", "r", "data", Requests.enrolment())))
          .append('\n');
    }

    Api.Response response =
        api.as(Persona.STAFF_HUS)
            .sendChunked(
                "POST",
                "/api/v1/submissions?mode=partial",
                ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/x-ndjson");

    assertThat(response.status()).as(response.body()).isEqualTo(413);
    assertThat(response.json().get("code").asString()).isEqualTo("body-too-large");
  }

  @Test
  void behind_a_tls_proxy_answers_carry_strict_transport_security() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.URI health = java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health");

    var viaProxy =
        http.send(
            java.net.http.HttpRequest.newBuilder(health)
                .header("X-Forwarded-Proto", "https")
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    var direct =
        http.send(
            java.net.http.HttpRequest.newBuilder(health).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(viaProxy.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(value -> assertThat(value).contains("max-age="));
    assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void a_bulk_submission_counts_its_records_against_the_site_limit() {
    Api api = new Api(port);
    List<Map<String, Object>> tooMany = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      tooMany.add(Map.of("type", "no-such-type", "ref", "r" + i));
    }

    Api.Response refused =
        api.as(Persona.LEAD_OUS).post("/api/v1/submissions?mode=partial", tooMany);
    Api.Response accepted =
        api.as(Persona.LEAD_OUS).post("/api/v1/submissions?mode=partial", tooMany.subList(0, 50));

    assertThat(refused.status()).as(refused.body()).isEqualTo(429);
    assertThat(refused.json().get("code").asString()).isEqualTo("rate-limited");
    assertThat(refused.json().get("detail").asString()).contains("records per second");
    assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
  }

  @Test
  void requests_without_a_valid_token_are_limited_per_address() {
    Api api = new Api(port);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statuses.add(api.as(Persona.ANONYMOUS).get("/api/v1/participants").status());
    }

    assertThat(statuses).contains(401, 429).containsOnly(401, 429);
    assertThat(api.as(Persona.STAFF_HUS).get("/api/v1/participants").status())
        .as("callers with a token are not affected")
        .isIn(200, 429);
  }
}
