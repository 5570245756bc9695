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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A study gets a second version with another visit schedule and a higher dose limit: each enrolment
 * keeps the version it was enrolled under, for its visits and for the rules its records are checked
 * against. (A study of its own, so the other tests' KETAMINE-TRD stays at version 1.)
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyVersionsApiTest {

  private static final String STUDY = "VERSIONED";
  private static final LocalDate ENROLLED = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(10);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private Api api;
  private UUID underVersion1;
  private UUID underVersion2;

  @BeforeAll
  void twoParticipantsOfTwoVersions() {
    api = new Api(port);
    copyKetamineTrdAs(1, "0.75", "");
    underVersion1 = enrol();
    // Version 2 adds a visit at two weeks, allows up to 1 mg/kg and adds an adverse-event term.
    copyKetamineTrdAs(2, "1.0", "WEEK_2");
    jdbc.sql(
            """
            INSERT INTO study_adverse_event_term (study_code, study_version, code, label_nb, label_en, ordinal,
                                                  raises_signal)
            VALUES (?, 2, 'HYPERTENSIVE_CRISIS', 'Hypertensiv krise', 'Hypertensive crisis', 100,
                    'SPECIAL_INTEREST_EVENT')
            """)
        .param(STUDY)
        .update();
    underVersion2 = enrol();
    jdbc.sql("UPDATE enrolment SET study_version = 2 WHERE participant_id = ?")
        .param(underVersion2)
        .update();
  }

  @Test
  void each_enrolment_is_followed_by_the_schedule_of_its_own_version() {
    assertThat(visitCodes(underVersion1)).contains("MIDWAY").doesNotContain("WEEK_2");
    assertThat(visitCodes(underVersion2)).contains("MIDWAY", "WEEK_2");
  }

  @Test
  void each_enrolment_is_checked_against_the_dose_limit_of_its_own_version() {
    Map<String, Object> infusion =
        Requests.with(Requests.infusion(ENROLLED.plusDays(1)), "doseMgPerKg", 0.9);

    JsonNode first = stored(underVersion1, infusion);
    JsonNode second = stored(underVersion2, infusion);

    assertThat(first.get("warnings").findValuesAsString("rule"))
        .as("0.9 mg/kg is above version 1's 0.75")
        .contains("protocol-max-dose");
    assertThat(second.get("warnings").findValuesAsString("rule"))
        .as("and within version 2's 1.0")
        .doesNotContain("protocol-max-dose");
  }

  @Test
  void each_enrolment_may_report_the_adverse_event_terms_of_its_own_version() {
    Map<String, Object> crisis = Requests.adverseEvent("HYPERTENSIVE_CRISIS", 3, false);
    crisis.put("onsetDate", ENROLLED.plusDays(2).toString());

    Api.Response refused =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants/" + underVersion1 + "/adverse-events", crisis);
    Api.Response stored =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants/" + underVersion2 + "/adverse-events", crisis);

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonNode error = refused.json().get("errors").get(0);
    assertThat(error.get("field").asString() + " " + error.get("rule").asString())
        .isEqualTo("term not-in-study");
    assertThat(error.get("message").asString())
        .isEqualTo(
            "HYPERTENSIVE_CRISIS is not one of the adverse-event terms of VERSIONED version 1"
                + " (GET /api/v1/studies/VERSIONED/versions/1 lists them)");
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.json().get("term").asString()).isEqualTo("HYPERTENSIVE_CRISIS");
    assertThat(
            jdbc.sql(
                    """
                    SELECT e.term || ' ' || e.special_interest || ' ' || coalesce(s.kind, 'no signal')
                    FROM adverse_event e LEFT JOIN safety_signal s ON s.source_id = e.id
                    WHERE e.participant_id IN (?, ?)
                    """)
                .params(underVersion1, underVersion2)
                .query(String.class)
                .list())
        .as(
            "the refused event was not stored; the other raised the signal version 2 gives its term")
        .containsExactly("HYPERTENSIVE_CRISIS true SPECIAL_INTEREST_EVENT");
  }

  @Test
  void a_hospital_system_reads_each_versions_definition_and_the_current_one() {
    JsonNode version1 =
        api.as(Persona.HOSPITAL_OUS).get("/api/v1/studies/VERSIONED/versions/1").json();
    JsonNode version2 =
        api.as(Persona.HOSPITAL_OUS).get("/api/v1/studies/VERSIONED/versions/2").json();

    assertThat(version1.get("adverseEventTerms").findValuesAsString("code"))
        .hasSize(35)
        .contains("NAUSEA", "CYSTITIS")
        .doesNotContain("HYPERTENSIVE_CRISIS");
    JsonNode crisis = version2.get("adverseEventTerms").get(35);
    assertThat(
            List.of(
                crisis.get("code").asString(),
                crisis.get("labelNb").asString(),
                crisis.get("labelEn").asString(),
                crisis.get("specialInterest").asString(),
                crisis.get("raisesSignal").asString()))
        .containsExactly(
            "HYPERTENSIVE_CRISIS",
            "Hypertensiv krise",
            "Hypertensive crisis",
            "true",
            "SPECIAL_INTEREST_EVENT");
    assertThat(version2.get("visits").findValuesAsString("code")).contains("WEEK_2");
    assertThat(version1.get("visits").findValuesAsString("code")).doesNotContain("WEEK_2");
    assertThat(version1.get("treatments").findValuesAsString("drug"))
        .containsExactly("RACEMIC_KETAMINE", "ESKETAMINE");
    assertThat(
            api.as(Persona.HOSPITAL_OUS).get("/api/v1/studies/KETAMINE-TRD").json().get("version"))
        .hasToString("1");
    assertThat(api.as(Persona.HOSPITAL_OUS).get("/api/v1/studies/VERSIONED/versions/3").status())
        .isEqualTo(404);
    assertThat(api.as(Persona.HOSPITAL_OUS).get("/api/v1/studies/not-a-code").status())
        .isEqualTo(404);
  }

  private List<String> visitCodes(UUID participant) {
    return ParticipantReads.dueVisits(api, participant).stream()
        .map(v -> v.get("visit").asString())
        .toList();
  }

  private JsonNode stored(UUID participant, Map<String, Object> infusion) {
    Api.Response response =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants/" + participant + "/infusions", infusion);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private UUID enrol() {
    Map<String, Object> body = Requests.with(Requests.enrolment(), "studyCode", STUDY);
    body.put("enrolmentDate", ENROLLED.toString());
    Api.Response enrolled = api.as(Persona.STAFF_OUS).post("/api/v1/participants", body);
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    return enrolled.id("participantId");
  }

  /**
   * A version of the study: KETAMINE-TRD's definition, another dose limit, maybe one more visit.
   */
  private void copyKetamineTrdAs(int version, String maxDose, String extraVisit) {
    jdbc.sql(
            """
            INSERT INTO study (code, version, name, max_dose_mg_per_kg, induction_infusions, induction_period_days,
                               max_infusions_per_28_days, limit_enforcement)
            SELECT ?, ?, 'Versioned study', CAST(? AS numeric), induction_infusions, induction_period_days,
                   max_infusions_per_28_days, limit_enforcement
            FROM study WHERE code = 'KETAMINE-TRD' AND version = 1
            """)
        .params(STUDY, version, maxDose)
        .update();
    jdbc.sql(
            """
            INSERT INTO study_visit (study_code, study_version, code, label, ordinal, target_day, window_days_before,
                                     window_days_after, episode_kind)
            SELECT ?, ?, code, label, ordinal * 10, target_day, window_days_before, window_days_after, episode_kind
            FROM study_visit WHERE study_code = 'KETAMINE-TRD' AND study_version = 1
            """)
        .params(STUDY, version)
        .update();
    if (!extraVisit.isEmpty()) {
      jdbc.sql(
              """
              INSERT INTO study_visit (study_code, study_version, code, label, ordinal, target_day, window_days_before,
                                       window_days_after)
              VALUES (?, ?, ?, 'Two weeks after the start', 25, 14, 7, 7)
              """)
          .params(STUDY, version, extraVisit)
          .update();
    }
    jdbc.sql(
            """
            INSERT INTO study_instrument (study_code, study_version, code, label, item_count, item_max)
            SELECT ?, ?, code, label, item_count, item_max
            FROM study_instrument WHERE study_code = 'KETAMINE-TRD' AND study_version = 1
            """)
        .params(STUDY, version)
        .update();
    jdbc.sql(
            """
            INSERT INTO study_treatment (study_code, study_version, drug, route, dose_unit, doses_mg, min_minutes,
                                         max_sessions_per_28_days)
            SELECT ?, ?, drug, route, dose_unit, doses_mg, min_minutes, max_sessions_per_28_days
            FROM study_treatment WHERE study_code = 'KETAMINE-TRD' AND study_version = 1
            """)
        .params(STUDY, version)
        .update();
    jdbc.sql(
            """
            INSERT INTO study_adverse_event_term (study_code, study_version, code, label_nb, label_en, ordinal,
                                                  raises_signal)
            SELECT ?, ?, code, label_nb, label_en, ordinal, raises_signal
            FROM study_adverse_event_term WHERE study_code = 'KETAMINE-TRD' AND study_version = 1
            """)
        .params(STUDY, version)
        .update();
  }
}
