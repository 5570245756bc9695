package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import no.followup.registry.testsupport.ChildProcesses;
import no.followup.registry.testsupport.RegistryArguments;
import no.followup.registry.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL stops for 20 seconds while four clients keep posting infusions. Meanwhile the API
 * answers 503 problem+json (never a 500, never a hang), recovers by itself when the database is
 * back, and every infusion it acknowledged with 201 is in the database afterwards.
 */
class DatabaseOutageIT {

  private static final long OUTAGE_MILLIS = 20_000;

  /** One answer the API gave. */
  record Answer(long atMillis, int status, String contentType, UUID recordId) {}

  @Test
  void the_api_answers_503_while_the_database_is_down_recovers_and_loses_nothing()
      throws Exception {
    assumeThat(System.getenv("REGISTRY_DB_URL"))
        .as("stopping the database needs the embedded one")
        .isNull();
    Path data = Files.createTempDirectory("registry-outage");
    int port = ChildProcesses.freePort();
    EmbeddedPostgres database = start(data, port);
    String url = database.getJdbcUrl("postgres", "postgres");
    try (ConfigurableApplicationContext registry = registry(url)) {
      Api api = new Api(((WebServerApplicationContext) registry).getWebServer().getPort());
      List<UUID> participants = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        participants.add(
            api.as(Persona.STAFF_OUS)
                .post("/api/v1/participants", Requests.enrolment())
                .id("participantId"));
      }
      List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean running = new AtomicBoolean(true);
      long start = System.currentTimeMillis();
      List<Thread> clients = new ArrayList<>();
      for (UUID participant : participants) {
        Thread client =
            new Thread(
                () -> {
                  while (running.get()) {
                    Api.Response response =
                        api.as(Persona.STAFF_OUS)
                            .post(
                                "/api/v1/participants/" + participant + "/infusions",
                                Requests.infusion(Requests.ENROLLED.plusDays(7)));
                    answers.add(
                        new Answer(
                            System.currentTimeMillis() - start,
                            response.status(),
                            response.contentType(),
                            response.status() == 201 ? response.id("id") : null));
                  }
                });
        client.start();
        clients.add(client);
      }
      Thread.sleep(4_000);
      long stopped = System.currentTimeMillis() - start;
      database.close();
      Thread.sleep(OUTAGE_MILLIS);
      // The database accepts connections again as soon as it is starting, before start() returns:
      // the outage ends when the restart begins.
      long restarted = System.currentTimeMillis() - start;
      database = start(data, port);
      Thread.sleep(12_000);
      running.set(false);
      for (Thread client : clients) {
        client.join();
      }

      List<Answer> all = List.copyOf(answers);
      LoggerFactory.getLogger(DatabaseOutageIT.class)
          .info(
              "outage of {} ms: {} answers, {} acknowledged with 201, {} answered 503",
              restarted - stopped,
              all.size(),
              all.stream().filter(a -> a.status() == 201).count(),
              all.stream().filter(a -> a.status() == 503).count());
      assertThat(all).extracting(Answer::status).containsOnly(201, 503);
      assertThat(all)
          .filteredOn(a -> a.status() == 503)
          .isNotEmpty()
          .allSatisfy(a -> assertThat(a.contentType()).startsWith("application/problem+json"));
      assertThat(all)
          .filteredOn(a -> a.atMillis() > stopped + 3_000 && a.atMillis() < restarted)
          .as("no write is acknowledged while the database is down")
          .extracting(Answer::status)
          .containsOnly(503);
      assertThat(all)
          .filteredOn(a -> a.atMillis() > restarted + 8_000)
          .as("recovered by itself")
          .isNotEmpty()
          .extracting(Answer::status)
          .containsOnly(201);
      List<UUID> acknowledged =
          all.stream().filter(a -> a.status() == 201).map(Answer::recordId).toList();
      JdbcClient jdbc = JdbcClient.create(database.getPostgresDatabase());
      long stored =
          acknowledged.stream()
              .filter(
                  id ->
                      jdbc.sql("SELECT count(*) FROM infusion WHERE id = ?")
                              .param(id)
                              .query(Long.class)
                              .single()
                          == 1)
              .count();
      assertThat(stored).as("every acknowledged infusion is stored").isEqualTo(acknowledged.size());
    } finally {
      database.close();
    }
  }

  private static EmbeddedPostgres start(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  private static ConfigurableApplicationContext registry(String url) {
    return new SpringApplicationBuilder(no.followup.registry.api.ApiTestApplication.class)
        .run(
            RegistryArguments.against(
                    new TestDatabase.ConnectionSettings(url, "postgres", null),
                    "--registry.export.directory=target/test-exports/outage",
                    "--registry.limits.requests-per-second-per-site=0",
                    "--server.port=0",
                    "--spring.datasource.hikari.connection-timeout=1000")
                .toArray(String[]::new));
  }
}
