package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Coordinators create, read, list and delete report schedules; a bad cron names the field. */
@ApiTest
class ScheduleApiTest {

  @LocalServerPort int port;

  @Test
  void a_coordinator_schedules_a_weekly_report_reads_it_and_deletes_it() {
    Api api = new Api(port);
    Api.Response created =
        api.as(Persona.COORDINATOR)
            .post(
                "/api/v1/report-schedules",
                Map.of(
                    "jobName",
                    "followUpCompleteness",
                    "cron",
                    "0 30 6 * * MON",
                    "parameters",
                    Map.of("asOf", "2026-06-30")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String location = created.header("Location");

    Api.Response read = api.as(Persona.COORDINATOR).get(location);
    assertThat(read.json().get("cron").asString()).isEqualTo("0 30 6 * * MON");
    assertThat(read.json().at("/parameters/asOf").asString()).isEqualTo("2026-06-30");
    assertThat(read.json().get("nextFireAt").asString()).isNotBlank();
    assertThat(
            api.as(Persona.COORDINATOR)
                .get("/api/v1/report-schedules")
                .json()
                .findValuesAsString("id"))
        .contains(created.id("id").toString());

    assertThat(api.as(Persona.COORDINATOR).send("DELETE", location, null).status()).isEqualTo(204);
    assertThat(api.as(Persona.COORDINATOR).get(location).status()).isEqualTo(404);
  }

  @Test
  void a_schedule_is_paused_and_resumed_and_the_state_is_required() {
    Api api = new Api(port);
    String location =
        api.as(Persona.COORDINATOR)
            .post(
                "/api/v1/report-schedules",
                Map.of("jobName", "dataQuality", "cron", "0 15 7 * * MON-FRI"))
            .header("Location");

    Api.Response paused =
        api.as(Persona.COORDINATOR).put(location + "/paused", Map.of("paused", true));
    Api.Response missing = api.as(Persona.COORDINATOR).put(location + "/paused", Map.of());

    assertThat(paused.status()).as(paused.body()).isEqualTo(200);
    assertThat(paused.json().get("paused").asBoolean()).isTrue();
    assertThat(api.as(Persona.COORDINATOR).get(location).json().get("paused").asBoolean()).isTrue();
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("paused");
    Api.Response resumed =
        api.as(Persona.COORDINATOR).put(location + "/paused", Map.of("paused", false));
    assertThat(resumed.json().get("paused").asBoolean()).isFalse();
    assertThat(java.time.Instant.parse(resumed.json().get("nextFireAt").asString()))
        .isAfter(java.time.Instant.now());
    api.as(Persona.COORDINATOR).send("DELETE", location, null);
  }

  @Test
  void a_bad_cron_or_an_unknown_job_is_a_problem_naming_the_field_and_the_rule() {
    Api api = new Api(port);

    Api.Response badCron =
        api.as(Persona.COORDINATOR)
            .post("/api/v1/report-schedules", Map.of("jobName", "dataQuality", "cron", "daily"));
    Api.Response unknownJob =
        api.as(Persona.COORDINATOR)
            .post(
                "/api/v1/report-schedules", Map.of("jobName", "dropTables", "cron", "0 0 6 * * *"));

    assertThat(badCron.status()).isEqualTo(422);
    assertThat(badCron.contentType()).startsWith("application/problem+json");
    assertThat(badCron.json().at("/errors/0/field").asString()).isEqualTo("cron");
    assertThat(badCron.json().at("/errors/0/rule").asString()).isEqualTo("cron-expression");
    assertThat(unknownJob.json().at("/errors/0/field").asString()).isEqualTo("jobName");
    assertThat(unknownJob.json().at("/errors/0/rule").asString()).isEqualTo("known-job");
  }
}
