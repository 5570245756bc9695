package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Corrections: the whole record, a reason and If-Match; old and new values stay in the audit trail.
 */
@ApiTest
class CorrectionTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private Api api;
  private String path;

  @BeforeEach
  void infusion() {
    api = new Api(port);
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    Api.Response created =
        api.as(Persona.STAFF_OUS)
            .post(
                "/api/v1/participants/" + participant + "/infusions",
                Requests.infusion(ENROLLED.plusDays(1)));
    path = created.header("Location");
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
  }

  @Test
  void
      a_correction_with_the_current_etag_and_a_reason_replaces_the_values_and_audits_old_and_new() {
    Map<String, Object> corrected =
        Requests.with(
            Requests.with(Requests.infusion(ENROLLED.plusDays(1)), "doseMgPerKg", 0.4),
            "reason",
            "dose misread from the pump");

    Api.Response response =
        api.as(Persona.STAFF_OUS).header("If-Match", "\"1\"").put(path, corrected);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.header("ETag")).isEqualTo("\"2\"");
    assertThat(response.json().get("doseMgPerKg").asDouble()).isEqualTo(0.4);
    assertThat(api.as(Persona.STAFF_OUS).get(path).json().get("version").asInt()).isEqualTo(2);
    Map<String, Object> audit =
        jdbc.sql(
                "SELECT reason, old_value, new_value FROM audit_event WHERE action = 'CORRECT' AND entity_id = ?")
            .param(recordId())
            .query()
            .singleRow();
    assertThat(audit.get("reason")).isEqualTo("dose misread from the pump");
    assertThat((String) audit.get("old_value")).contains("\"doseMgPerKg\":0.5");
    assertThat((String) audit.get("new_value")).contains("\"doseMgPerKg\":0.4");
  }

  @Test
  void a_stale_etag_is_refused_with_412_and_the_current_etag() {
    Map<String, Object> corrected =
        Requests.with(Requests.infusion(ENROLLED.plusDays(1)), "reason", "first correction");
    api.as(Persona.STAFF_OUS).header("If-Match", "\"1\"").put(path, corrected);

    Api.Response stale =
        api.as(Persona.STAFF_OUS)
            .header("If-Match", "\"1\"")
            .put(path, Requests.with(corrected, "doseMgPerKg", 0.3));

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.header("ETag")).isEqualTo("\"2\"");
    assertThat(api.as(Persona.STAFF_OUS).get(path).json().get("doseMgPerKg").asDouble())
        .isEqualTo(0.5);
  }

  @Test
  void an_etag_the_api_never_gave_matches_no_version_412_and_nothing_changes() {
    Api.Response unknown =
        api.as(Persona.STAFF_OUS)
            .header("If-Match", "\"stale-etag\"")
            .put(path, Requests.with(Requests.infusion(ENROLLED.plusDays(1)), "reason", "typo"));

    assertThat(unknown.status()).isEqualTo(412);
    assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("If-Match");
    assertThat(api.as(Persona.STAFF_OUS).get(path).header("ETag")).isEqualTo("\"1\"");
  }

  @Test
  void a_correction_without_a_reason_is_400_and_without_if_match_is_428() {
    Map<String, Object> noReason = Requests.infusion(ENROLLED.plusDays(1));

    Api.Response withoutReason =
        api.as(Persona.STAFF_OUS).header("If-Match", "\"1\"").put(path, noReason);
    Api.Response withoutIfMatch =
        api.as(Persona.STAFF_OUS).put(path, Requests.with(noReason, "reason", "why not"));

    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
    assertThat(withoutIfMatch.status()).isEqualTo(428);
    assertThat(withoutIfMatch.json().at("/errors/0/field").asString()).isEqualTo("If-Match");
    assertThat(
            jdbc.sql("SELECT version FROM infusion WHERE id = ?")
                .param(UUID.fromString(recordId()))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void nothing_is_deleted_a_correction_that_breaks_a_rule_leaves_the_record_as_it_was() {
    Map<String, Object> broken =
        Requests.with(
            Requests.with(Requests.infusion(ENROLLED.plusDays(1)), "weightKg", 2),
            "reason",
            "typo");

    Api.Response response = api.as(Persona.STAFF_OUS).header("If-Match", "\"1\"").put(path, broken);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("weightKg");
    assertThat(api.as(Persona.STAFF_OUS).get(path).json().get("weightKg").asDouble())
        .isEqualTo(72.5);
  }

  private String recordId() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
