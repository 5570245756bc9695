package no.followup.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import tools.jackson.databind.json.JsonMapper;

/** Readiness follows the issuer's keys: answered, kept for a while when away, then down. */
class IssuerKeysHealthTest {

  private HttpServer keycloak;
  private boolean running;
  private final MovableClock clock = new MovableClock();
  private IssuerKeysHealth health;

  @BeforeEach
  void startAnIssuer() throws Exception {
    keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String issuer = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/registry";
    answer(
        "/realms/registry/.well-known/openid-configuration",
        "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/certs\"}");
    answer("/realms/registry/certs", "{\"keys\":[{\"kid\":\"a\"},{\"kid\":\"b\"}]}");
    keycloak.start();
    running = true;
    health = new IssuerKeysHealth(issuer, JsonMapper.builder().build(), clock);
  }

  @AfterEach
  void stop() {
    if (running) {
      running = false;
      keycloak.stop(0);
    }
  }

  @Test
  void up_while_the_keys_answer_and_for_five_minutes_after_they_stop() {
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    assertThat(health.health().getDetails()).containsEntry("keys", 2);

    stop();
    clock.move(Duration.ofSeconds(16));
    assertThat(health.health().getStatus()).as("keys kept").isEqualTo(Status.UP);

    clock.move(Duration.ofMinutes(5));
    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
  }

  @Test
  void asks_the_issuer_at_most_every_fifteen_seconds() {
    health.health();
    stop();
    clock.move(Duration.ofSeconds(10));
    assertThat(health.health().getDetails()).as("the last answer").containsEntry("keys", 2);

    clock.move(Duration.ofSeconds(6));
    assertThat(health.health().getDetails().get("keys")).asString().startsWith("kept from");
  }

  @Test
  void down_when_the_issuer_never_answered() {
    stop();

    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
  }

  private void answer(String path, String body) {
    keycloak.createContext(
        path,
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
