package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.ParticipantReads;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One patient's course from start to end, as a hospital system sends it: an induction series with a
 * response, a relapse a month later, maintenance with esketamine spray, treatment ended for lack of
 * effect, a new IV series with its own baseline and response, and death by suicide. Every figure on
 * the way is checked: the course and its sessions, each episode's visits (received, missed, not
 * expected once the next episode began or after the death), the signals, and the national
 * aggregation's rows for the site. It happens in 2024, before any other test's participant, so the
 * site's figures as of 31 August 2024 are this patient's alone.
 */
@ApiTest
class OnePatientsCourseApiTest {

  private static final LocalDate DAY_0 = LocalDate.of(2024, 1, 8);
  private static final LocalDate AS_OF = LocalDate.of(2024, 8, 31);

  @LocalServerPort int port;

  @Test
  void induction_relapse_maintenance_a_new_series_and_death_in_every_figure() {
    Api api = new Api(port);
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolmentOn(DAY_0))
            .id("participantId");
    List<Map<String, Object>> course = new ArrayList<>();
    course.add(record(participant, "assessment", Requests.assessment("BASELINE", DAY_0, 32)));
    for (int day : new int[] {0, 3, 7, 10, 14, 17}) {
      course.add(record(participant, "infusion", Requests.infusion(day(day))));
    }
    course.add(record(participant, "assessment", Requests.assessment("MIDWAY", day(10), 22)));
    // A response at the end of induction (32 → 12), a relapse a month later (27).
    course.add(
        record(participant, "assessment", Requests.assessment("END_OF_INDUCTION", day(21), 12)));
    course.add(record(participant, "assessment", Requests.assessment("MONTH_1", day(51), 27)));
    course.add(record(participant, "treatment-episode", episode("MAINTENANCE", day(56))));
    course.add(record(participant, "assessment", Requests.assessment("MT_START", day(56), 27)));
    for (int day : new int[] {56, 63, 70, 77, 91, 105}) {
      course.add(record(participant, "infusion", spray(day(day))));
    }
    course.add(
        record(
            participant,
            "discontinuation",
            Map.of("date", day(110).toString(), "reason", "LACK_OF_EFFECT")));
    course.add(record(participant, "treatment-episode", episode("RETREATMENT", day(140))));
    // The new series' own baseline, the day before its first infusion, and its response (30 → 14).
    course.add(record(participant, "assessment", Requests.assessment("RT_BASELINE", day(139), 30)));
    for (int day : new int[] {140, 143, 147, 150, 154, 157}) {
      course.add(record(participant, "infusion", Requests.infusion(day(day))));
    }
    course.add(
        record(participant, "assessment", Requests.assessment("RT_END_OF_SERIES", day(161), 14)));
    course.add(
        record(
            participant,
            "end-of-follow-up",
            Map.of("date", day(180).toString(), "reason", "DEATH", "deathCause", "SUICIDE")));

    Api.Response receipt =
        api.as(Persona.HOSPITAL_OUS).post("/api/v1/submissions?mode=atomic", course);

    assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
    assertThat(receipt.json().get("accepted").asInt()).isEqualTo(course.size());
    assertThat(receipt.json().get("records").findValues("warnings"))
        .as("within every protocol limit, the yearly review threshold not reached")
        .allSatisfy(warnings -> assertThat(warnings).isEmpty());

    JsonNode treatment =
        api.as(Persona.STAFF_OUS)
            .get("/api/v1/participants/" + participant + "/treatment-episodes")
            .json()
            .get(0);
    assertThat(treatment.get("status").asString()).isEqualTo("FOLLOW_UP_ENDED");
    assertThat(treatment.get("episodes").valueStream().map(ParticipantReads::episode))
        .containsExactly(
            "1 INDUCTION " + day(0) + "–" + day(55) + " sessions 6",
            "2 MAINTENANCE " + day(56) + "–" + day(110) + " LACK_OF_EFFECT sessions 6",
            "3 RETREATMENT " + day(140) + "– sessions 6");

    assertThat(
            ParticipantReads.dueVisits(api, participant).stream()
                .map(
                    v ->
                        v.get("episode").asInt()
                            + " "
                            + v.get("visit").asString()
                            + " "
                            + v.get("state").asString()))
        .as(
            "the induction's months are not expected once maintenance began (its 3 months were"
                + " missed, not the induction's); the new series' midway was missed; nothing after"
                + " the death is expected")
        .containsExactlyInAnyOrder("2 MT_MONTH_3 MISSED", "3 RT_MIDWAY MISSED");
    assertThat(ParticipantReads.signals(api, participant))
        .as("normal vital signs, doses within the protocol, a death is not a signal")
        .isEmpty();

    Api.Response started =
        api.as(Persona.COORDINATOR)
            .post("/api/v1/jobs/nationalAggregation/executions", Map.of("asOf", AS_OF.toString()));
    assertThat(
            api.as(Persona.COORDINATOR)
                .awaitStatus(started.header("Location"), Api.JOB_ENDED, Duration.ofSeconds(60))
                .get("status")
                .asString())
        .isEqualTo("COMPLETED");
    JsonNode ous =
        api.as(Persona.COORDINATOR)
            .get("/api/v1/reports/national-aggregation?asOf=" + AS_OF)
            .json()
            .get("scopes")
            .valueStream()
            .filter(scope -> scope.get("code").asString().equals("OUS"))
            .findFirst()
            .orElseThrow();
    assertThat(ous.at("/cohort/enrolled").asInt()).isEqualTo(1);
    assertThat(ous.at("/cohort/infusions").asInt()).as("IV and spray sessions").isEqualTo(18);
    assertThat(ous.at("/cohort/participantsPastProtocolLimits").asInt()).isZero();
    assertThat(ous.at("/durability/responders").asInt()).isEqualTo(1);
    assertThat(ous.at("/durability/relapses").asInt()).isEqualTo(1);
    assertThat(ous.at("/durability/medianDays").asInt())
        .as("from the response on day 21 to the relapse on day 51")
        .isEqualTo(30);
    assertThat(
            ous.get("visits")
                .valueStream()
                .map(
                    v ->
                        v.get("visit").asString()
                            + " "
                            + v.get("meanChangeFromBaseline").decimalValue().toPlainString()
                            + " responders "
                            + v.get("responders").asInt()))
        .as(
            "each score against its episode's baseline: the new series' own (30), maintenance"
                + " that of the induction it followed (32)")
        .contains(
            "END_OF_INDUCTION -20.0 responders 1",
            "MT_START -5.0 responders 0",
            "RT_BASELINE 0.0 responders 0",
            "RT_END_OF_SERIES -16.0 responders 1");
    assertThat(
            ous.get("responseByEpisodeKind")
                .valueStream()
                .map(
                    kind ->
                        String.join(
                            " ",
                            kind.get("kind").asString(),
                            kind.at("/durability/responders").asString(),
                            kind.get("medianDaysToResponse").toString(),
                            kind.at("/durability/relapses").asString(),
                            kind.at("/durability/medianDays").toString())))
        .as(
            "each episode against its own baseline: the induction responded on day 21 of it and"
                + " relapsed 30 days later; maintenance (27 against the induction's 32) did not"
                + " respond; the new series responded 21 days after its first infusion (30 → 14)"
                + " and was followed no further")
        .containsExactly(
            "INDUCTION 1 21.0 1 30", "MAINTENANCE 0 null 0 null", "RETREATMENT 1 21.0 0 null");
    assertThat(ous.get("treatmentCourse").valueStream().map(OnePatientsCourseApiTest::figures))
        .as("days in each episode: 56, 55 (to its discontinuation), 41 (to the death)")
        .containsExactly(
            "INDUCTION 1 1 1.8 6 3.26", "MAINTENANCE 1 1 1.8 6 3.32", "RETREATMENT 1 1 1.3 6 4.45");
  }

  private static String figures(JsonNode kind) {
    return String.join(
        " ",
        kind.get("kind").asString(),
        kind.get("episodes").asString(),
        kind.get("participants").asString(),
        kind.get("patientMonths").decimalValue().toPlainString(),
        kind.get("sessions").asString(),
        kind.get("sessionsPerPatientMonth").decimalValue().toPlainString());
  }

  private static Map<String, Object> record(
      UUID participant, String type, Map<String, Object> data) {
    return Map.of("type", type, "participantId", participant.toString(), "data", data);
  }

  private static Map<String, Object> episode(String kind, LocalDate start) {
    return Map.of("kind", kind, "startDate", start.toString());
  }

  private static Map<String, Object> spray(LocalDate date) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", date.toString());
    body.put("drug", "ESKETAMINE");
    body.put("doseMg", 84);
    body.put("vitals", Map.of("systolicBefore", 126, "diastolicBefore", 80, "systolicMax", 142));
    return body;
  }

  private static LocalDate day(int n) {
    return DAY_0.plusDays(n);
  }
}
