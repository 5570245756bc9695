package no.followup.registry.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * What the README's run command does: no database configured, so an embedded one is started. The
 * issuer here answers nowhere, as when Keycloak is not up yet: the API lives, but is not ready.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=",
      "server.address=127.0.0.1",
      "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/registry"
    })
class RegistryStartsOnEmbeddedDatabaseTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void lives_with_the_schema_migrated() {
    assertThat(health("/actuator/health/liveness").getBody()).contains("\"status\":\"UP\"");
    assertThat(jdbc.sql("SELECT count(*) FROM site").query(Integer.class).single()).isEqualTo(7);
    assertThat(jdbc.sql("SELECT count(*) FROM batch_job_instance").query(Integer.class).single())
        .isZero();
  }

  @Test
  void is_not_ready_while_the_issuer_keys_cannot_be_had() {
    ResponseEntity<String> readiness = health("/actuator/health/readiness");

    assertThat(readiness.getStatusCode().value()).isEqualTo(503);
    assertThat(readiness.getBody()).contains("\"status\":\"DOWN\"");
  }

  private ResponseEntity<String> health(String path) {
    return RestClient.create("http://127.0.0.1:" + port)
        .get()
        .uri(path)
        .retrieve()
        .onStatus(status -> true, (request, response) -> {})
        .toEntity(String.class);
  }
}
