package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input gets problem+json naming the field and the rule, with a stable type and code, and
 * nothing of a rejected request is stored.
 */
@ApiTest
class ErrorContractTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private Api api;
  private String infusions;

  @BeforeEach
  void participant() {
    api = new Api(port);
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    infusions = "/api/v1/participants/" + participant + "/infusions";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "impossible date       | {\"date\":\"2026-02-30\",\"drug\":\"RACEMIC_KETAMINE\"}                 | 400 | date        | format",
        "text for a number     | {\"date\":\"2026-09-02\",\"durationMinutes\":\"forty\"}                | 400 | durationMinutes | type",
        "digits as text        | {\"date\":\"2026-09-02\",\"durationMinutes\":\"40\"}                   | 400 | durationMinutes | type",
        "empty text for number | {\"date\":\"2026-09-02\",\"dissociationScore\":\"\"}                | 400 | dissociationScore | format",
        "fraction for a whole  | {\"date\":\"2026-09-02\",\"durationMinutes\":40.5}                   | 400 | durationMinutes | format",
        "unknown field         | {\"date\":\"2026-09-02\",\"dose\":0.5}                                 | 400 | dose        | unknown-field",
        "unknown enum value    | {\"date\":\"2026-09-02\",\"drug\":\"LSD\"}                              | 400 | drug        | format",
        "number for a code     | {\"date\":\"2026-09-02\",\"drug\":0}                                | 400 | drug        | type",
        "number for text       | {\"date\":\"2026-09-02\",\"reason\":5}                              | 400 | reason      | type",
        "yes/no for a number   | {\"date\":\"2026-09-02\",\"durationMinutes\":true}               | 400 | durationMinutes | type",
        "number for a date     | {\"date\":20260902}                                                    | 400 | date        | type",
        "array for a date      | {\"date\":[2026,9,2]}                                                     | 400 | date        | type",
        "object for a date     | {\"date\":{\"year\":2026}}                                                 | 400 | date        | type",
        "not JSON              | {\"date\":                                                             | 400 | body        | json",
        "duplicated key        | {\"date\":\"2026-09-02\",\"date\":\"2026-09-03\"}                      | 400 | body        | duplicate-key",
        "rule broken           | {\"date\":\"2026-09-02\",\"drug\":\"RACEMIC_KETAMINE\",\"doseMgPerKg\":0.5,\"weightKg\":70,\"durationMinutes\":40,\"vitals\":{\"spo2Min\":120}} | 422 | vitals.spo2Min | range",
        "future date           | {\"date\":\"2099-01-01\",\"drug\":\"RACEMIC_KETAMINE\",\"doseMgPerKg\":0.5,\"weightKg\":70,\"durationMinutes\":40} | 422 | date | not-in-future",
        "before consent        | {\"date\":\"2026-08-01\",\"drug\":\"RACEMIC_KETAMINE\",\"doseMgPerKg\":0.5,\"weightKg\":70,\"durationMinutes\":40} | 422 | date | not-before-consent"
      })
  void names_the_field_and_the_rule_and_stores_nothing(
      String name, String body, int status, String field, String rule) {
    int before = count();

    Api.Response response = api.as(Persona.STAFF_OUS).post(infusions, body.strip());

    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("type").asString())
        .isEqualTo("urn:followup-registry:problem:validation");
    assertThat(response.json().get("code").asString()).isEqualTo("validation");
    assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(field);
    assertThat(response.json().at("/errors/0/rule").asString()).isEqualTo(rule);
    assertThat(response.json().at("/errors/0/message").asString()).isNotBlank();
    assertThat(response.body())
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("at no.followup")
        .doesNotContainIgnoringCase("select ");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void no_token_a_garbage_token_and_a_wrong_role_are_problem_json_too() {
    Api.Response anonymous = api.as(Persona.ANONYMOUS).get("/api/v1/participants");
    Api.Response garbage =
        api.as(Persona.ANONYMOUS)
            .header("Authorization", "Bearer not.a.token")
            .get("/api/v1/participants");
    Api.Response researcher = api.as(Persona.RESEARCHER).get("/api/v1/participants");

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("code").asString()).isEqualTo("unauthorized");
    assertThat(garbage.status()).isEqualTo(401);
    assertThat(garbage.contentType()).startsWith("application/problem+json");
    assertThat(researcher.status()).isEqualTo(403);
    assertThat(researcher.json().get("type").asString())
        .isEqualTo("urn:followup-registry:problem:forbidden");
  }

  @Test
  void a_token_keycloak_signed_for_another_application_is_refused() {
    String notForTheRegistry =
        no.followup.registry.testsupport.KeycloakServer.shared()
            .tokenFromOtherApplication("staff.ous");

    Api.Response response =
        api.as(Persona.ANONYMOUS)
            .header("Authorization", "Bearer " + notForTheRegistry)
            .get("/api/v1/participants");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void a_malformed_id_in_the_path_is_a_400_naming_it() {
    Api.Response response = api.as(Persona.STAFF_OUS).get("/api/v1/participants/not-a-uuid");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("participantId");
  }

  @Test
  void every_broken_rule_is_listed_at_once() {
    Api.Response response =
        api.as(Persona.STAFF_OUS)
            .post(
                infusions,
                Requests.with(
                    Requests.with(Requests.infusion(ENROLLED.plusDays(1)), "weightKg", 5),
                    "durationMinutes",
                    0));

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("weightKg", "durationMinutes");
  }

  private int count() {
    return jdbc.sql(
            "SELECT (SELECT count(*) FROM infusion) + (SELECT count(*) FROM idempotency_key)")
        .query(Integer.class)
        .single();
  }
}
