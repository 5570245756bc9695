package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every write and every read of patient data leaves an audit row an auditor can find. */
@ApiTest
class AuditTrailApiTest {

  @LocalServerPort int port;

  @Test
  void
      writes_and_reads_of_a_patient_are_audited_with_who_site_and_purpose_and_the_chain_verifies() {
    Api api = new Api(port);
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    api.as(Persona.STAFF_OUS)
        .post(
            "/api/v1/participants/" + participant + "/infusions",
            Requests.infusion(ENROLLED.plusDays(1)));
    api.as(Persona.STAFF_OUS).get("/api/v1/participants/" + participant + "/infusions");
    api.as(Persona.COORDINATOR).get("/api/v1/participants/" + participant);

    List<JsonNode> rows = new ArrayList<>();
    api.as(Persona.AUDITOR)
        .get("/api/v1/audit-events?size=200&participant=" + participant)
        .json()
        .get("items")
        .forEach(rows::add);

    assertThat(rows)
        .extracting(
            r ->
                r.get("actor").asString()
                    + " "
                    + r.get("action").asString()
                    + " "
                    + r.get("entityType").asString())
        .contains(
            "staff.ous CREATE enrolment",
            "staff.ous CREATE infusion",
            "staff.ous READ infusion",
            "coordinator READ participant");
    JsonNode siteRead =
        rows.stream()
            .filter(
                r ->
                    r.get("actor").asString().equals("staff.ous")
                        && r.get("action").asString().equals("READ"))
            .findFirst()
            .orElseThrow();
    assertThat(siteRead.get("actorSite").asString()).isEqualTo("OUS");
    assertThat(siteRead.get("purpose").asString()).isEqualTo("treatment and follow-up");
    assertThat(
            api.as(Persona.AUDITOR)
                .get("/api/v1/audit-events?user=coordinator&size=5")
                .json()
                .get("items")
                .get(0)
                .get("actor")
                .asString())
        .isEqualTo("coordinator");
    JsonNode verification = api.as(Persona.AUDITOR).get("/api/v1/audit-events/verification").json();
    assertThat(verification.get("intact").asBoolean()).isTrue();
    assertThat(verification.get("rowsChecked").asLong()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void a_bad_time_filter_is_a_400_naming_it() {
    Api.Response response =
        new Api(port).as(Persona.AUDITOR).get("/api/v1/audit-events?from=yesterday");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("from");
  }
}
