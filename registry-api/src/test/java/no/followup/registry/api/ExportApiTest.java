package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import no.followup.registry.api.support.ResearchProjects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A researcher finds the datasets, requests an export, follows it to COMPLETED and downloads an
 * Excel file that opens; the download is in the audit trail; site staff get none of it.
 */
@ApiTest
class ExportApiTest {

  @LocalServerPort int port;

  @Test
  void a_researcher_exports_the_2028_package_and_the_download_is_audited() throws Exception {
    Api api = new Api(port);
    api.as(Persona.STAFF_OUS).post("/api/v1/participants", Requests.enrolment());
    JsonNode catalogue = api.as(Persona.RESEARCHER).get("/api/v1/datasets").json();
    assertThat(catalogue.valueStream().map(d -> d.get("name").asString()))
        .containsExactly("aggregated-outcomes", "evaluation-2028");
    assertThat(catalogue.get(1).get("codebook").findValuesAsString("sheet"))
        .startsWith("participants", "treatment_episodes", "infusions");
    assertThat(catalogue.get(1).get("codebook").get(2).get("columns").findValuesAsString("name"))
        .as("the codebook in the catalogue is the file's")
        .startsWith("participant", "enrolment", "day", "drug");

    ResearchProjects.lock(api, Requests.ENROLLED.plusDays(30));
    UUID project = ResearchProjects.approved(api, Persona.RESEARCHER);
    Api.Response requested =
        api.as(Persona.RESEARCHER)
            .post(
                "/api/v1/datasets/evaluation-2028/exports",
                ResearchProjects.release(Requests.ENROLLED.plusDays(30), project));
    assertThat(requested.status()).as(requested.body()).isEqualTo(202);
    assertThat(requested.json().get("status").asString()).isIn("QUEUED", "RUNNING", "COMPLETED");
    JsonNode export =
        api.as(Persona.RESEARCHER)
            .awaitStatus(requested.header("Location"), Api.EXPORT_ENDED, Duration.ofSeconds(60));

    assertThat(export.get("status").asString()).as(export.toString()).isEqualTo("COMPLETED");
    byte[] file = api.as(Persona.RESEARCHER).download(export.get("file").asString());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      assertThat(book.getSheetName(0)).isEqualTo("README");
      assertThat(book.getSheet("participants").getLastRowNum()).isGreaterThanOrEqualTo(1);
      // The row counts are a JSON object of whole numbers, one per data sheet, as in the file.
      assertThat(export.get("rowCounts").get("participants").asLong())
          .isEqualTo(book.getSheet("participants").getLastRowNum());
    }
    byte[] zip = api.as(Persona.RESEARCHER).download(export.get("csvFile").asString());
    java.util.List<String> entries = new java.util.ArrayList<>();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.add(entry.getName());
      }
    }
    assertThat(entries)
        .as("the same release as CSV, with its codebook and R, Stata and SPSS syntax")
        .contains("participants.csv", "codebook.csv", "read_release.R", "read_release.do");
    String exportId = export.get("exportId").asString();
    assertThat(api.as(Persona.AUDITOR).get("/api/v1/audit-events?user=researcher&size=200").body())
        .contains(exportId);
  }

  @Test
  void unknown_datasets_and_missing_dates_are_problems_and_site_staff_are_refused() {
    Api api = new Api(port);

    assertThat(
            api.as(Persona.RESEARCHER)
                .post("/api/v1/datasets/everything/exports", Map.of("asOf", "2026-06-30"))
                .status())
        .isEqualTo(404);
    Api.Response noDate =
        api.as(Persona.RESEARCHER).post("/api/v1/datasets/aggregated-outcomes/exports", Map.of());
    assertThat(noDate.status()).isEqualTo(422);
    assertThat(noDate.json().at("/errors/0/field").asString()).isEqualTo("asOf");
    Api.Response noProject =
        api.as(Persona.RESEARCHER)
            .post("/api/v1/datasets/evaluation-2028/exports", Map.of("asOf", "2026-06-30"));
    assertThat(noProject.status()).isEqualTo(422);
    assertThat(noProject.json().at("/errors/0/field").asString()).isEqualTo("projectId");
    assertThat(noProject.json().at("/errors/0/rule").asString()).isEqualTo("required");
    assertThat(api.as(Persona.STAFF_OUS).get("/api/v1/datasets").status()).isEqualTo(403);
  }
}
