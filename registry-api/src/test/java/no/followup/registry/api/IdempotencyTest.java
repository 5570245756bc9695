package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every POST takes an Idempotency-Key, kept in PostgreSQL per client (site and user or system). */
@ApiTest
class IdempotencyTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  private Api api;
  private UUID participant;

  @BeforeEach
  void enrol() {
    api = new Api(port);
    participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
  }

  @Test
  void a_post_without_a_key_is_refused_and_stores_nothing() {
    int before = infusionCount();

    Api.Response response =
        api.as(Persona.STAFF_OUS).postRaw(infusions(), Requests.infusion(ENROLLED.plusDays(1)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
    assertThat(infusionCount()).isEqualTo(before);
  }

  @Test
  void a_replay_with_the_same_body_gets_the_original_response_and_stores_nothing_more() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Requests.infusion(ENROLLED.plusDays(1));

    Api.Response first = api.as(Persona.STAFF_OUS).idempotencyKey(key).post(infusions(), body);
    Api.Response replay = api.as(Persona.STAFF_OUS).idempotencyKey(key).post(infusions(), body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.json()).isEqualTo(first.json());
    assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
    assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(infusionsOfParticipant()).isEqualTo(1);
  }

  @Test
  void the_same_key_with_another_body_is_refused() {
    String key = UUID.randomUUID().toString();
    api.as(Persona.STAFF_OUS)
        .idempotencyKey(key)
        .post(infusions(), Requests.infusion(ENROLLED.plusDays(1)));

    Api.Response other =
        api.as(Persona.STAFF_OUS)
            .idempotencyKey(key)
            .post(infusions(), Requests.infusion(ENROLLED.plusDays(2)));

    assertThat(other.status()).isEqualTo(422);
    assertThat(other.json().get("code").asString()).isEqualTo("idempotency-key-reused");
    assertThat(infusionsOfParticipant()).isEqualTo(1);
  }

  @Test
  void a_replay_while_the_first_request_still_runs_is_told_so() throws Exception {
    String key = UUID.randomUUID().toString();
    // Hold the key's lock as the first request would, on a connection of our own.
    try (var connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (var lock =
          connection.prepareStatement(
              "SELECT pg_advisory_xact_lock(hashtextextended(? || chr(31) || ?, 0))")) {
        lock.setString(1, "OUS/staff.ous");
        lock.setString(2, key);
        lock.execute();
      }

      Api.Response second =
          api.as(Persona.STAFF_OUS)
              .idempotencyKey(key)
              .post(infusions(), Requests.infusion(ENROLLED.plusDays(1)));

      assertThat(second.status()).isEqualTo(409);
      assertThat(second.json().get("code").asString()).isEqualTo("idempotency-in-progress");
      connection.rollback();
    }
    assertThat(infusionsOfParticipant()).isZero();
  }

  @Test
  void keys_belong_to_a_client_so_two_sites_may_use_the_same_one() {
    String key = UUID.randomUUID().toString();

    Api.Response ous =
        api.as(Persona.STAFF_OUS)
            .idempotencyKey(key)
            .post("/api/v1/participants", Requests.enrolment());
    Api.Response hus =
        api.as(Persona.STAFF_HUS)
            .idempotencyKey(key)
            .post("/api/v1/participants", Requests.enrolment());

    assertThat(ous.status()).isEqualTo(201);
    assertThat(hus.status()).isEqualTo(201);
    assertThat(ous.id("participantId")).isNotEqualTo(hus.id("participantId"));
    assertThat(
            jdbc.sql("SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?")
                .param(key)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "SELECT min(expires_at - created_at) >= interval '30 days' FROM idempotency_key")
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void a_rejected_request_keeps_no_key_so_the_corrected_request_may_use_it() {
    String key = UUID.randomUUID().toString();
    Api.Response rejected =
        api.as(Persona.STAFF_OUS)
            .idempotencyKey(key)
            .post(
                infusions(),
                Requests.with(Requests.infusion(ENROLLED.plusDays(1)), "doseMgPerKg", 9));

    Api.Response corrected =
        api.as(Persona.STAFF_OUS)
            .idempotencyKey(key)
            .post(infusions(), Requests.infusion(ENROLLED.plusDays(1)));

    assertThat(rejected.status()).isEqualTo(422);
    assertThat(corrected.status()).isEqualTo(201);
  }

  private String infusions() {
    return "/api/v1/participants/" + participant + "/infusions";
  }

  private int infusionsOfParticipant() {
    return jdbc.sql("SELECT count(*) FROM infusion WHERE participant_id = ?")
        .param(participant)
        .query(Integer.class)
        .single();
  }

  private int infusionCount() {
    return jdbc.sql("SELECT count(*) FROM infusion").query(Integer.class).single();
  }
}
