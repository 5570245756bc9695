package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
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
import no.followup.registry.cohort.NationalIdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A treatment course: the induction, discontinued for lack of effect, a new series after it (which
 * takes infusions again), then maintenance, discontinued in turn. Each episode ends on its
 * discontinuation or the day before the next starts, and counts the sessions given in it.
 */
@ApiTest
class TreatmentCourseApiTest {

  @LocalServerPort int port;
  private Api api;
  private UUID participant;

  @BeforeEach
  void participant() {
    api = new Api(port);
    participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
  }

  @Test
  void a_new_series_after_a_discontinuation_takes_infusions_again_and_the_course_keeps_both() {
    assertThat(episodes())
        .as("every enrolment begins with its induction on the enrolment date")
        .containsExactly("1 INDUCTION " + ENROLLED + "– sessions 0");
    post("infusions", Requests.infusion(day(1)), 201);
    post("discontinuation", Map.of("date", day(20).toString(), "reason", "LACK_OF_EFFECT"), 200);
    Api.Response refused = post("infusions", Requests.infusion(day(30)), 422);
    assertThat(refused.json().at("/errors/0/rule").asString())
        .isEqualTo("not-after-discontinuation");

    Api.Response started =
        api.as(Persona.STAFF_OUS)
            .idempotencyKey("retreatment-" + participant)
            .post(path("treatment-episodes"), episode("RETREATMENT", day(40)));

    assertThat(started.status()).as(started.body()).isEqualTo(201);
    assertThat(started.json().get("status").asString())
        .as("treatment goes on: the participant is active again")
        .isEqualTo("ACTIVE");
    assertThat(started.json().at("/episodes/0/discontinuation/reason").asString())
        .isEqualTo("LACK_OF_EFFECT");
    Api.Response replayed =
        api.as(Persona.STAFF_OUS)
            .idempotencyKey("retreatment-" + participant)
            .post(path("treatment-episodes"), episode("RETREATMENT", day(40)));
    assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replayed.json()).isEqualTo(started.json());
    post("infusions", Requests.infusion(day(41)), 201);
    post("treatment-episodes", episode("MAINTENANCE", day(70)), 201);
    post("infusions", Requests.infusion(day(75)), 201);
    post("discontinuation", Map.of("date", day(80).toString(), "reason", "COMPLETED"), 200);

    assertThat(episodes())
        .containsExactly(
            "1 INDUCTION " + ENROLLED + "–" + day(20) + " LACK_OF_EFFECT sessions 1",
            "2 RETREATMENT " + day(40) + "–" + day(69) + " sessions 1",
            "3 MAINTENANCE " + day(70) + "–" + day(80) + " COMPLETED sessions 1");
    assertThat(
            api.as(Persona.STAFF_OUS)
                .get("/api/v1/participants/" + participant)
                .json()
                .at("/enrolments/0/discontinuation/date")
                .asString())
        .as("the enrolment stands discontinued as of the last episode's end")
        .isEqualTo(day(80).toString());
    assertThat(
            api.as(Persona.STAFF_OUS)
                .get(path("treatment-episodes"))
                .json()
                .at("/0/status")
                .asString())
        .as("in the participant's words")
        .isEqualTo("DISCONTINUED");
  }

  @Test
  void a_refused_episode_names_its_field_and_rule_and_stores_nothing() {
    post("discontinuation", Map.of("date", day(20).toString(), "reason", "ADVERSE_EVENT"), 200);

    Api.Response induction = post("treatment-episodes", episode("INDUCTION", day(40)), 422);
    assertThat(induction.contentType()).startsWith("application/problem+json");
    assertThat(induction.json().at("/errors/0/field").asString()).isEqualTo("kind");
    assertThat(induction.json().at("/errors/0/rule").asString()).isEqualTo("not-induction");
    Api.Response early = post("treatment-episodes", episode("RETREATMENT", day(19)), 422);
    assertThat(early.json().at("/errors/0/field").asString()).isEqualTo("startDate");
    assertThat(early.json().at("/errors/0/rule").asString())
        .isEqualTo("not-before-discontinuation");
    Api.Response future =
        post("treatment-episodes", episode("RETREATMENT", LocalDate.now().plusDays(2)), 422);
    assertThat(future.json().at("/errors/0/rule").asString()).isEqualTo("not-in-future");
    Api.Response unknownKind =
        post("treatment-episodes", Map.of("kind", "BOOSTER", "startDate", day(40).toString()), 400);
    assertThat(unknownKind.body()).contains("kind");

    assertThat(episodes())
        .containsExactly("1 INDUCTION " + ENROLLED + "–" + day(20) + " ADVERSE_EVENT sessions 0");
    assertThat(
            post("infusions", Requests.infusion(day(41)), 422)
                .json()
                .at("/errors/0/rule")
                .asString())
        .isEqualTo("not-after-discontinuation");
  }

  @Test
  void only_the_own_site_starts_an_episode_and_coordinators_read_every_course() {
    assertThat(
            api.as(Persona.STAFF_HUS)
                .post(path("treatment-episodes"), episode("MAINTENANCE", day(30)))
                .status())
        .isEqualTo(404);
    assertThat(api.as(Persona.STAFF_HUS).get(path("treatment-episodes")).status()).isEqualTo(404);
    assertThat(
            api.as(Persona.COORDINATOR)
                .post(path("treatment-episodes"), episode("MAINTENANCE", day(30)))
                .status())
        .isEqualTo(403);
    JsonNode courses = api.as(Persona.COORDINATOR).get(path("treatment-episodes")).json();
    assertThat(courses.get(0).get("site").asString()).isEqualTo("OUS");
    assertThat(episodes()).hasSize(1);
  }

  @Test
  void a_hospital_system_starts_a_new_series_in_a_bulk_submission_by_national_id() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    List<Map<String, Object>> records =
        List.of(
            Map.of(
                "type",
                "participant",
                "ref",
                "p",
                "data",
                Requests.enrolment(person.digits(), person.birthYear())),
            Map.of(
                "type",
                "discontinuation",
                "nationalId",
                person.digits(),
                "data",
                Map.of("date", day(21).toString(), "reason", "COMPLETED")),
            Map.of(
                "type",
                "treatment-episode",
                "ref",
                "series-2",
                "nationalId",
                person.digits(),
                "data",
                episode("RETREATMENT", day(60))),
            Map.of(
                "type",
                "infusion",
                "nationalId",
                person.digits(),
                "data",
                Requests.infusion(day(61))));

    Api.Response receipt =
        api.as(Persona.HOSPITAL_OUS).post("/api/v1/submissions?mode=atomic", records);

    assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
    assertThat(receipt.json().get("accepted").asInt()).isEqualTo(4);
    participant = UUID.fromString(receipt.json().at("/records/0/id").asString());
    assertThat(episodes())
        .containsExactly(
            "1 INDUCTION " + ENROLLED + "–" + day(21) + " COMPLETED sessions 0",
            "2 RETREATMENT " + day(60) + "– sessions 1");
  }

  @Test
  void the_visit_schedule_counts_from_the_first_infusion_so_waiting_for_it_makes_no_visit_late() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
    Map<String, Object> enrolment = Requests.enrolmentOn(today.minusDays(90));
    participant =
        api.as(Persona.STAFF_OUS).post("/api/v1/participants", enrolment).id("participantId");
    assertThat(dueVisits())
        .as("no infusion yet: the schedule counts from enrolment, 90 days ago")
        .containsExactly(
            "BASELINE MISSED", "MIDWAY MISSED", "END_OF_INDUCTION MISSED", "MONTH_1 MISSED");

    post("assessments", Requests.assessment("BASELINE", today.minusDays(11), 30), 201);
    post("infusions", Requests.infusion(today.minusDays(10)), 201);

    assertThat(dueVisits())
        .as("day 0 is the first infusion, 10 days ago: the baseline was on time, midway is due")
        .containsExactly("MIDWAY DUE");
  }

  private List<String> dueVisits() {
    return ParticipantReads.dueVisits(api, participant).stream()
        .map(v -> v.get("visit").asString() + " " + v.get("state").asString())
        .toList();
  }

  private List<String> episodes() {
    Api.Response response = api.as(Persona.STAFF_OUS).get(path("treatment-episodes"));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json()).hasSize(1);
    return response
        .json()
        .get(0)
        .get("episodes")
        .valueStream()
        .map(ParticipantReads::episode)
        .toList();
  }

  private Api.Response post(String what, Object body, int expected) {
    Api.Response response = api.as(Persona.STAFF_OUS).post(path(what), body);
    assertThat(response.status()).as(response.body()).isEqualTo(expected);
    return response;
  }

  private static Map<String, Object> episode(String kind, LocalDate start) {
    return Map.of("kind", kind, "startDate", start.toString());
  }

  private static LocalDate day(int n) {
    return ENROLLED.plusDays(n);
  }

  private String path(String what) {
    return "/api/v1/participants/" + participant + "/" + what;
  }
}
