package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import no.followup.registry.api.support.ResearchProjects;
import no.followup.registry.application.RegistryClock;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Row-level data go out only through an approved data-access project: to its named researchers,
 * while it is active, as of locked dates (one release per date), with only its approved variables;
 * a participant who withdraws after a release is named to the project by their pseudonym in it.
 */
@ApiTest
class ResearchReleaseApiTest {

  private static final String ROW_LEVEL = "/api/v1/datasets/evaluation-2028/exports";
  private static final LocalDate FIRST_LOCK = ENROLLED.plusDays(40);
  private static final LocalDate SECOND_LOCK = ENROLLED.plusDays(70);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void a_project_gets_each_locked_date_once_and_is_told_of_a_later_withdrawal() throws Exception {
    Api api = new Api(port);
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    ResearchProjects.lock(api, FIRST_LOCK);
    ResearchProjects.lock(api, SECOND_LOCK);
    UUID project = ResearchProjects.approved(api, Persona.RESEARCHER);

    JsonNode first = completed(api, ResearchProjects.release(FIRST_LOCK, project));
    Api.Response again =
        api.as(Persona.RESEARCHER).post(ROW_LEVEL, ResearchProjects.release(FIRST_LOCK, project));
    assertThat(again.status()).isEqualTo(202);
    assertThat(again.json().get("exportId"))
        .as("the same release, not a new one")
        .isEqualTo(first.get("exportId"));

    Api.Response unlocked =
        api.as(Persona.RESEARCHER)
            .post(ROW_LEVEL, ResearchProjects.release(ENROLLED.plusDays(41), project));
    assertThat(unlocked.status()).isEqualTo(422);
    assertThat(unlocked.json().at("/errors/0/field").asString()).isEqualTo("asOf");
    assertThat(unlocked.json().at("/errors/0/rule").asString()).isEqualTo("not-locked");

    String pseudonymInFirst =
        jdbc.sql(
                "SELECT pseudonym FROM release_participant WHERE export_id = ? AND participant_id = ?")
            .params(first.get("exportId").asString(), participant)
            .query(String.class)
            .single();
    assertThat(participantsColumn(api, first, "participant")).contains(pseudonymInFirst);

    api.as(Persona.STAFF_OUS)
        .post(
            "/api/v1/participants/" + participant + "/withdrawal",
            Map.of(
                "date",
                ENROLLED.plusDays(50).toString(),
                "reason",
                "no longer wishes to take part"));
    JsonNode second = completed(api, ResearchProjects.release(SECOND_LOCK, project));

    assertThat(second.get("exportId")).isNotEqualTo(first.get("exportId"));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM release_participant WHERE export_id = ? AND participant_id = ?")
                .params(second.get("exportId").asString(), participant)
                .query(Long.class)
                .single())
        .as("a release made after the withdrawal leaves the participant out")
        .isZero();
    JsonNode seen =
        api.as(Persona.RESEARCHER).get("/api/v1/data-access-projects/" + project).json();
    assertThat(seen.get("releases").findValuesAsString("exportId"))
        .containsExactlyInAnyOrder(
            first.get("exportId").asString(), second.get("exportId").asString());
    assertThat(seen.get("withdrawnFromReleases")).hasSize(1);
    JsonNode withdrawn = seen.get("withdrawnFromReleases").get(0);
    assertThat(withdrawn.get("exportId")).isEqualTo(first.get("exportId"));
    assertThat(withdrawn.get("pseudonym").asString()).isEqualTo(pseudonymInFirst);
    assertThat(withdrawn.get("withdrawalDate").asString())
        .isEqualTo(ENROLLED.plusDays(50).toString());
  }

  @Test
  void a_release_holds_the_approved_variables_only_and_weight_in_bands() throws Exception {
    Api api = new Api(port);
    UUID participant =
        api.as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment())
            .id("participantId");
    api.as(Persona.STAFF_OUS)
        .post(
            "/api/v1/participants/" + participant + "/infusions",
            Requests.infusion(ENROLLED.plusDays(3)));
    ResearchProjects.lock(api, FIRST_LOCK);
    UUID project =
        ResearchProjects.register(
            api,
            ResearchProjects.project(
                "researcher2",
                List.of(
                    "infusions.dose_mg_per_kg", "infusions.weight_band_kg", "participants.sex")));

    JsonNode release =
        completed(api, Persona.RESEARCHER_2, ResearchProjects.release(FIRST_LOCK, project));

    byte[] file = api.as(Persona.RESEARCHER_2).download(release.get("file").asString());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      List<String> sheets = new ArrayList<>();
      book.forEach(sheet -> sheets.add(sheet.getSheetName()));
      assertThat(sheets).containsExactly("README", "codebook", "participants", "infusions");
      assertThat(header(book.getSheet("participants")))
          .containsExactly("participant", "enrolment", "sex");
      assertThat(header(book.getSheet("infusions")))
          .containsExactly("participant", "enrolment", "dose_mg_per_kg", "weight_band_kg");
      assertThat(column(book.getSheet("codebook"), 1))
          .as("the codebook lists what the file holds, nothing else")
          .containsExactly(
              "column",
              "participant",
              "enrolment",
              "sex",
              "participant",
              "enrolment",
              "dose_mg_per_kg",
              "weight_band_kg");
      for (Row row : book.getSheet("infusions")) {
        if (row.getRowNum() > 0 && row.getCell(3) != null) {
          assertThat(row.getCell(3).getNumericCellValue() % 5).as("a 5 kg band").isZero();
        }
      }
    }
  }

  @Test
  void only_named_researchers_of_an_active_project_receive_its_releases() {
    Api api = new Api(port);
    ResearchProjects.lock(api, FIRST_LOCK);
    UUID project = ResearchProjects.approved(api, Persona.RESEARCHER);

    assertThat(
            api.as(Persona.RESEARCHER_2)
                .post(ROW_LEVEL, ResearchProjects.release(FIRST_LOCK, project))
                .status())
        .as("a researcher outside the project: as if it did not exist")
        .isEqualTo(404);
    assertThat(api.as(Persona.RESEARCHER_2).get("/api/v1/data-access-projects/" + project).status())
        .isEqualTo(404);
    assertThat(
            api.as(Persona.COORDINATOR)
                .post(ROW_LEVEL, ResearchProjects.release(FIRST_LOCK, project))
                .status())
        .as("a coordinator sees the project but is not named in it")
        .isEqualTo(403);
    assertThat(
            api.as(Persona.RESEARCHER_2)
                .post(
                    "/api/v1/datasets/aggregated-outcomes/exports",
                    Map.of("asOf", FIRST_LOCK.toString()))
                .status())
        .as("aggregated datasets stay open to every researcher")
        .isEqualTo(202);

    jdbc.sql("UPDATE data_access_project SET expires_on = current_date - 1 WHERE id = ?")
        .param(project)
        .update();

    Api.Response expired =
        api.as(Persona.RESEARCHER).post(ROW_LEVEL, ResearchProjects.release(FIRST_LOCK, project));
    assertThat(expired.status()).isEqualTo(403);
    assertThat(expired.json().get("detail").asString()).contains("expired");
    JsonNode seen =
        api.as(Persona.RESEARCHER).get("/api/v1/data-access-projects/" + project).json();
    assertThat(seen.get("active").asBoolean()).isFalse();
  }

  @Test
  void a_row_level_export_made_before_projects_is_no_longer_handed_out() {
    String old = UUID.randomUUID().toString();
    jdbc.sql(
            """
            INSERT INTO dataset_export (id, dataset, as_of, requested_by, status, completed_at)
            VALUES (?, 'evaluation-2028', DATE '2026-10-31', 'researcher', 'COMPLETED', now())
            """)
        .param(old)
        .update();

    Api.Response refused =
        new Api(port).as(Persona.RESEARCHER).get("/api/v1/exports/" + old + "/file");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("detail").asString()).contains("data-access project");
  }

  @Test
  void a_project_naming_an_unknown_variable_is_refused_and_nothing_is_stored() {
    Api api = new Api(port);
    long before = jdbc.sql("SELECT count(*) FROM data_access_project").query(Long.class).single();

    Api.Response refused =
        api.as(Persona.COORDINATOR)
            .post(
                "/api/v1/data-access-projects",
                ResearchProjects.project(
                    "researcher", List.of("participants.sex", "participants.national_id")));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("approvedVariables[1]");
    assertThat(refused.json().at("/errors/0/rule").asString()).isEqualTo("not-in-codebook");
    assertThat(jdbc.sql("SELECT count(*) FROM data_access_project").query(Long.class).single())
        .isEqualTo(before);
    Api.Response today =
        api.as(Persona.COORDINATOR)
            .post(
                "/api/v1/data-locks",
                Map.of("date", LocalDate.now(RegistryClock.NORWAY).toString()));
    assertThat(today.status()).isEqualTo(422);
    assertThat(today.json().at("/errors/0/rule").asString()).isEqualTo("before-today");
    assertThat(
            api.as(Persona.RESEARCHER)
                .post("/api/v1/data-locks", Map.of("date", "2026-01-31"))
                .status())
        .isEqualTo(403);
  }

  private JsonNode completed(Api api, Map<String, Object> request) {
    return completed(api, Persona.RESEARCHER, request);
  }

  private JsonNode completed(Api api, Persona researcher, Map<String, Object> request) {
    Api.Response requested = api.as(researcher).post(ROW_LEVEL, request);
    assertThat(requested.status()).as(requested.body()).isEqualTo(202);
    JsonNode export =
        api.as(researcher)
            .awaitStatus(requested.header("Location"), Api.EXPORT_ENDED, Duration.ofSeconds(60));
    assertThat(export.get("status").asString()).as(export.toString()).isEqualTo("COMPLETED");
    return export;
  }

  private List<String> participantsColumn(Api api, JsonNode export, String name) throws Exception {
    byte[] file = api.as(Persona.RESEARCHER).download(export.get("file").asString());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheet("participants");
      return column(sheet, header(sheet).indexOf(name)).subList(1, sheet.getLastRowNum() + 1);
    }
  }

  private static List<String> header(Sheet sheet) {
    List<String> names = new ArrayList<>();
    sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
    return names;
  }

  private static List<String> column(Sheet sheet, int index) {
    List<String> values = new ArrayList<>();
    for (Row row : sheet) {
      values.add(row.getCell(index) == null ? "" : row.getCell(index).toString());
    }
    return values;
  }
}
