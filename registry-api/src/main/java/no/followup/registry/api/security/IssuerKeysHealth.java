package no.followup.registry.api.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether this instance can verify tokens: the issuer's signing keys (JWKS) answered lately. Up
 * while they answer, and for as long after as the token verifier keeps keys it fetched (a short
 * Keycloak restart does not take every API instance out of the load balancer at once); down when
 * they have not answered for longer, as no request with a token could then be served. Part of the
 * readiness group, not of liveness: restarting the API would not bring Keycloak back.
 */
@Component("issuerKeys")
class IssuerKeysHealth implements HealthIndicator {

  /**
   * How long keys fetched once still verify tokens (Spring Security's JWK cache keeps them 5 min).
   */
  private static final Duration KEYS_KEPT = Duration.ofMinutes(5);

  /** A load balancer asks every few seconds; Keycloak is asked at most this often. */
  private static final Duration ASK_AT_MOST_EVERY = Duration.ofSeconds(15);

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final String issuer;
  private final JsonMapper json;
  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private volatile URI keys;
  private volatile Instant lastAnswered;
  private volatile Instant lastAsked;
  private volatile Health last;

  @Autowired
  IssuerKeysHealth(
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String configuredIssuer,
      @Value("${spring.datasource.url:}") String databaseUrl,
      JsonMapper json) {
    this(
        SecurityConfiguration.issuerOrDemoDefault(configuredIssuer, databaseUrl),
        json,
        Clock.systemUTC());
  }

  IssuerKeysHealth(String issuer, JsonMapper json, Clock clock) {
    this.issuer = issuer;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public Health health() {
    Instant now = clock.instant();
    Health known = last;
    if (known != null && lastAsked.plus(ASK_AT_MOST_EVERY).isAfter(now)) {
      return known;
    }
    lastAsked = now;
    last = ask(now);
    return last;
  }

  private Health ask(Instant now) {
    try {
      if (keys == null) {
        keys =
            URI.create(
                get(URI.create(issuer + "/.well-known/openid-configuration"))
                    .get("jwks_uri")
                    .asString());
      }
      int count = get(keys).get("keys").size();
      lastAnswered = now;
      return Health.up().withDetail("keys", count).build();
    } catch (Exception e) {
      Instant answered = lastAnswered;
      if (answered != null && answered.plus(KEYS_KEPT).isAfter(now)) {
        return Health.up().withDetail("keys", "kept from " + answered).build();
      }
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }
  }

  private JsonNode get(URI uri) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode());
    }
    return json.readTree(response.body());
  }
}
