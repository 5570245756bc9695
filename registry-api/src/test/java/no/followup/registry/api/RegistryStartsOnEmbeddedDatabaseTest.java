package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** What the README's run command does: no database configured, so an embedded one is started. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=", "server.address=127.0.0.1"})
class RegistryStartsOnEmbeddedDatabaseTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void answers_health_up_with_the_schema_migrated() {
    String health =
        RestClient.create("http://127.0.0.1:" + port)
            .get()
            .uri("/actuator/health")
            .retrieve()
            .body(String.class);

    assertThat(health).contains("\"status\":\"UP\"");
    assertThat(jdbc.sql("SELECT count(*) FROM site").query(Integer.class).single()).isEqualTo(7);
    assertThat(jdbc.sql("SELECT count(*) FROM batch_job_instance").query(Integer.class).single())
        .isZero();
  }
}
