package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.ParticipantReads;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The end of follow-up: a death with its cause, lost to follow-up, moved abroad. Later visits are
 * not expected (never missed), nothing dated after the end is accepted, and it happens once.
 */
@ApiTest
class EndOfFollowUpApiTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  @LocalServerPort int port;
  private Api api;
  private UUID participant;

  /** Enrolled 50 days ago: the induction visits' windows have closed, the 1-month one is open. */
  @BeforeEach
  void participant() {
    api = new Api(port);
    Map<String, Object> enrolment = Requests.enrolmentOn(TODAY.minusDays(50));
    participant =
        api.as(Persona.STAFF_OUS).post("/api/v1/participants", enrolment).id("participantId");
  }

  @Test
  void after_a_death_later_visits_are_not_expected_and_nothing_later_is_accepted() {
    LocalDate died = TODAY.minusDays(15); // day 35: before the 1-month window opens (day 44)

    Api.Response ended =
        api.as(Persona.STAFF_OUS)
            .post(
                path("end-of-follow-up"),
                Map.of("date", died.toString(), "reason", "DEATH", "deathCause", "SUICIDE"));

    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    JsonNode enrolment = ended.json().get("enrolments").get(0);
    assertThat(enrolment.get("status").asString()).isEqualTo("FOLLOW_UP_ENDED");
    assertThat(enrolment.get("followUpEnd").get("deathCause").asString()).isEqualTo("SUICIDE");
    assertThat(dueOf(participant))
        .as("the induction visits were missed while alive; the 1-month visit is not expected")
        .containsExactly("BASELINE MISSED", "MIDWAY MISSED", "END_OF_INDUCTION MISSED");

    Api.Response later =
        api.as(Persona.STAFF_OUS).post(path("infusions"), Requests.infusion(died.plusDays(1)));
    assertThat(later.status()).isEqualTo(422);
    assertThat(later.json().at("/errors/0/field").asString()).isEqualTo("date");
    assertThat(later.json().at("/errors/0/rule").asString())
        .isEqualTo("not-after-end-of-follow-up");
    assertThat(api.as(Persona.STAFF_OUS).get(path("infusions")).json().get("items")).isEmpty();

    Api.Response again =
        api.as(Persona.STAFF_OUS)
            .post(path("end-of-follow-up"), Map.of("date", died.toString(), "reason", "OTHER"));
    assertThat(again.status()).as("follow-up ends once").isEqualTo(409);
  }

  @Test
  void a_death_without_its_cause_is_refused_naming_the_field_and_nothing_changes() {
    Api.Response refused =
        api.as(Persona.STAFF_OUS)
            .post(
                path("end-of-follow-up"),
                Map.of("date", TODAY.minusDays(3).toString(), "reason", "DEATH"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("deathCause");
    assertThat(refused.json().at("/errors/0/rule").asString()).isEqualTo("required");
    JsonNode unchanged =
        api.as(Persona.STAFF_OUS).get("/api/v1/participants/" + participant).json();
    assertThat(unchanged.at("/enrolments/0/status").asString()).isEqualTo("ACTIVE");
  }

  @Test
  void moved_abroad_is_an_end_without_a_cause_and_treatment_may_have_ended_before() {
    api.as(Persona.STAFF_OUS)
        .post(
            path("discontinuation"),
            Map.of("date", TODAY.minusDays(30).toString(), "reason", "COMPLETED"));

    JsonNode moved =
        api.as(Persona.STAFF_OUS)
            .post(
                path("end-of-follow-up"),
                Map.of("date", TODAY.minusDays(2).toString(), "reason", "MOVED_ABROAD"))
            .json()
            .at("/enrolments/0");

    assertThat(moved.get("status").asString()).isEqualTo("FOLLOW_UP_ENDED");
    assertThat(moved.get("discontinuation").get("reason").asString()).isEqualTo("COMPLETED");
    assertThat(moved.get("followUpEnd").get("deathCause").isNull()).isTrue();
  }

  private List<String> dueOf(UUID id) {
    return ParticipantReads.dueVisits(api, id).stream()
        .map(v -> v.get("visit").asString() + " " + v.get("state").asString())
        .toList();
  }

  private String path(String what) {
    return "/api/v1/participants/" + participant + "/" + what;
  }
}
