package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Coordinators run report jobs in the background and read every site; site leads read their own.
 */
@ApiTest
class ReportApiTest {

  @LocalServerPort int port;

  @Test
  void
      a_coordinator_starts_a_run_follows_it_to_completion_and_reads_every_site_a_site_lead_only_theirs()
          throws Exception {
    Api api = new Api(port);
    api.as(Persona.STAFF_OUS).post("/api/v1/participants", Requests.enrolment());
    LocalDate asOf = Requests.ENROLLED.plusDays(45);

    Api.Response started =
        api.as(Persona.COORDINATOR)
            .post("/api/v1/jobs/followUpCompleteness/executions", Map.of("asOf", asOf.toString()));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    JsonNode run =
        api.as(Persona.COORDINATOR)
            .awaitStatus(started.header("Location"), Api.JOB_ENDED, Duration.ofSeconds(30));

    assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(run.get("steps").findValuesAsString("name"))
        .contains("followUpCompletenessOpen", "followUpCompletenessSummary");
    JsonNode national =
        api.as(Persona.COORDINATOR)
            .get("/api/v1/reports/follow-up-completeness?asOf=" + asOf)
            .json();
    assertThat(national.get("sites")).hasSize(7);
    JsonNode ous =
        national
            .get("sites")
            .valueStream()
            .filter(s -> s.get("site").asString().equals("OUS"))
            .findFirst()
            .orElseThrow();
    assertThat(ous.get("visitsDue").asInt()).isGreaterThanOrEqualTo(4);
    JsonNode lead =
        api.as(Persona.LEAD_OUS).get("/api/v1/reports/follow-up-completeness?asOf=" + asOf).json();
    assertThat(lead.get("sites").findValuesAsString("site")).containsExactly("OUS");
  }

  @Test
  void the_national_aggregation_runs_over_http_coordinators_read_the_nation_site_leads_their_site()
      throws Exception {
    Api api = new Api(port);
    api.as(Persona.STAFF_OUS).post("/api/v1/participants", Requests.enrolment());
    LocalDate asOf = Requests.ENROLLED.plusDays(1);

    Api.Response started =
        api.as(Persona.COORDINATOR)
            .post("/api/v1/jobs/nationalAggregation/executions", Map.of("asOf", asOf.toString()));
    assertThat(
            api.as(Persona.COORDINATOR)
                .awaitStatus(started.header("Location"), Api.JOB_ENDED, Duration.ofSeconds(30))
                .get("status")
                .asString())
        .isEqualTo("COMPLETED");

    JsonNode national =
        api.as(Persona.COORDINATOR).get("/api/v1/reports/national-aggregation?asOf=" + asOf).json();
    assertThat(national.at("/scopes/0/level").asString()).isEqualTo("NATIONAL");
    assertThat(national.at("/scopes/0/cohort/enrolled").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(national.get("scopes").findValuesAsString("level"))
        .contains("REGION", "SITE")
        .hasSize(1 + 4 + 7);
    JsonNode lead =
        api.as(Persona.LEAD_OUS).get("/api/v1/reports/national-aggregation?asOf=" + asOf).json();
    assertThat(lead.get("scopes").findValuesAsString("code")).containsExactly("OUS");
    assertThat(
            api.as(Persona.STAFF_OUS)
                .get("/api/v1/reports/national-aggregation?asOf=" + asOf)
                .status())
        .isEqualTo(403);
  }

  @Test
  void an_unknown_job_run_or_report_is_404_and_a_date_with_no_complete_run_too() {
    Api api = new Api(port);

    assertThat(api.as(Persona.COORDINATOR).get("/api/v1/job-executions/987654321").status())
        .isEqualTo(404);
    assertThat(
            api.as(Persona.COORDINATOR)
                .post("/api/v1/jobs/evaluation2028Export/executions", Map.of("asOf", "2026-06-30"))
                .status())
        .as("an export's job starts from an export request, which names the export")
        .isEqualTo(404);
    assertThat(
            api.as(Persona.COORDINATOR)
                .post("/api/v1/jobs/noSuchJob/executions", Map.of("asOf", "2026-06-30"))
                .status())
        .isEqualTo(404);
    assertThat(
            api.as(Persona.COORDINATOR)
                .get("/api/v1/reports/no-such-report?asOf=2026-06-30")
                .status())
        .isEqualTo(404);
    assertThat(
            api.as(Persona.COORDINATOR)
                .get("/api/v1/reports/follow-up-completeness?asOf=1999-01-01")
                .status())
        .isEqualTo(404);
    assertThat(
            api.as(Persona.COORDINATOR)
                .get("/api/v1/reports/follow-up-completeness")
                .json()
                .at("/errors/0/field")
                .asString())
        .isEqualTo("asOf");
  }
}
