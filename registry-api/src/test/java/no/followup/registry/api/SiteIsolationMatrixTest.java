package no.followup.registry.api;

import static no.followup.registry.api.support.Requests.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import no.followup.registry.api.support.ResearchProjects;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint × every role × own and foreign objects, with real tokens. A site sees and writes
 * only its own patients (another site's answer 404, exactly like a patient that does not exist);
 * coordinators read everything and write nothing; researchers and auditors never read patient
 * records. The test also fails when the API has an endpoint this matrix does not list.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteIsolationMatrixTest {

  private static final List<String> VISITS =
      List.of(
          "BASELINE",
          "MIDWAY",
          "END_OF_INDUCTION",
          "MONTH_1",
          "MONTH_3",
          "MONTH_6",
          "MONTH_12",
          "MONTH_24");

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  private Api api;
  private World ous;
  private World hus;
  private String reportRun;
  private String completedExport;
  private UUID project;
  private UUID expiredProject;
  private final Map<Persona, UUID> signals = new java.util.HashMap<>();
  private final Map<UUID, AtomicInteger> assessmentsPosted =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Who may call an endpoint, and whether it concerns a site's object. */
  enum Rule {
    SITE_CREATE,
    SITE_WRITE_OBJECT,
    READ_OBJECT,
    SITE_OR_COORDINATOR_LIST,
    SITE_LIST,
    SITE_OWN_RECEIPT,
    COORDINATOR_ONLY,
    REPORT_READERS,
    AUDITOR_ONLY,
    EXPORT_USERS,
    /**
     * An export or a data-access project: the (first) researcher, named in the project, and
     * coordinators; another researcher 404.
     */
    EXPORT_OWNER,
    /**
     * A project's row-level release: only the researcher named in the project; a coordinator not
     * named 403; another researcher 404, as if the project did not exist.
     */
    PROJECT_RECEIVER,
    /**
     * A release of an expired project: refused to everyone (403), the researcher named in it
     * included; another researcher 404.
     */
    EXPIRED_PROJECT,
    /** A site's safety signal: coordinators, and the lead of that site; another site's lead 404. */
    SIGNAL_OF_SITE,
    /** The study definitions (no patient data): sites, coordinators and researchers. */
    STUDY_READERS
  }

  /** One site's objects: a participant with one record of each kind, and a submission receipt. */
  record World(
      Persona owner,
      UUID participant,
      Map<String, UUID> records,
      UUID submission,
      UUID withoutBaseline,
      UUID finding) {}

  /** One endpoint: its method and path template as Spring maps it, who may call it, and a call. */
  record Endpoint(String method, String template, Rule rule, int success, Call call) {}

  @FunctionalInterface
  interface Call {
    Api.Response as(Persona persona, World world);
  }

  @BeforeAll
  void createWorlds() {
    api = new Api(port);
    ous = world(Persona.STAFF_OUS);
    hus = world(Persona.STAFF_HUS);
    reportRun = completedRun("followUpCompleteness");
    completedRun("dataQuality");
    ous = withFinding(ous);
    hus = withFinding(hus);
    ResearchProjects.lock(api, ENROLLED.plusDays(60));
    project = ResearchProjects.approved(api, Persona.RESEARCHER);
    expiredProject = ResearchProjects.approved(api, Persona.RESEARCHER);
    jdbc.sql("UPDATE data_access_project SET expires_on = current_date - 1 WHERE id = ?")
        .param(expiredProject)
        .update();
    completedExport = completedExport();
    signals.put(Persona.STAFF_OUS, seriousEventSignal(ous));
    signals.put(Persona.STAFF_HUS, seriousEventSignal(hus));
  }

  /** The signal a serious adverse event of the world's participant raised. */
  private UUID seriousEventSignal(World world) {
    String event =
        api.as(world.owner())
            .post(
                "/api/v1/participants/" + world.participant() + "/adverse-events",
                Requests.adverseEvent("HEADACHE", 3, true))
            .json()
            .get("id")
            .asString();
    return api.as(Persona.COORDINATOR)
        .get("/api/v1/safety-signals?kind=SERIOUS_ADVERSE_EVENT&size=200")
        .json()
        .get("items")
        .valueStream()
        .filter(signal -> signal.get("sourceId").asString().equals(event))
        .map(signal -> UUID.fromString(signal.get("id").asString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no signal for " + world.owner()));
  }

  /** A completed release of the researcher's project, so its state and file can be read. */
  private String completedExport() {
    String location =
        api.as(Persona.RESEARCHER)
            .post(
                "/api/v1/datasets/evaluation-2028/exports",
                ResearchProjects.release(ENROLLED.plusDays(60), project))
            .header("Location");
    JsonNode export =
        api.as(Persona.RESEARCHER).awaitStatus(location, Api.EXPORT_ENDED, Duration.ofSeconds(60));
    assertThat(export.get("status").asString()).isEqualTo("COMPLETED");
    return location;
  }

  /** The data-quality finding the job raised on the world's participant without a baseline. */
  private World withFinding(World world) {
    UUID finding =
        api.as(Persona.COORDINATOR)
            .get("/api/v1/data-quality-findings?size=200")
            .json()
            .get("items")
            .valueStream()
            .filter(
                f -> f.get("participantId").asString().equals(world.withoutBaseline().toString()))
            .map(f -> UUID.fromString(f.get("id").asString()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no finding for " + world.owner()));
    return new World(
        world.owner(),
        world.participant(),
        world.records(),
        world.submission(),
        world.withoutBaseline(),
        finding);
  }

  /** A finished run of the job as of 60 days after enrolment. */
  private String completedRun(String job) {
    Api.Response started =
        api.as(Persona.COORDINATOR)
            .post(
                "/api/v1/jobs/" + job + "/executions",
                Map.of("asOf", ENROLLED.plusDays(60).toString()));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String location = started.header("Location");
    JsonNode run =
        api.as(Persona.COORDINATOR).awaitStatus(location, Api.JOB_ENDED, Duration.ofSeconds(30));
    assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
    return location;
  }

  /**
   * Waits for an accepted export to end before the next call: a user may have only two exports
   * unfinished, and on a slow machine the matrix's own requests would otherwise pile up past it.
   */
  private Api.Response exportEnded(Persona persona, Api.Response response) {
    if (response.status() == 202) {
      api.as(persona)
          .awaitStatus(response.header("Location"), Api.EXPORT_ENDED, Duration.ofSeconds(60));
    }
    return response;
  }

  @Test
  void every_endpoint_answers_every_role_as_the_isolation_rules_say() {
    SoftAssertions softly = new SoftAssertions();
    int checked = 0;
    for (Endpoint endpoint : endpoints()) {
      for (Persona persona : Persona.values()) {
        for (World world : List.of(ous, hus)) {
          int expected = expected(endpoint, persona, world);
          Api.Response response = endpoint.call().as(persona, world);
          softly
              .assertThat(response.status())
              .as(
                  "%s %s as %s on %s's objects: %s",
                  endpoint.method(), endpoint.template(), persona, world.owner(), response.body())
              .isEqualTo(expected);
          if (expected >= 400) {
            softly
                .assertThat(response.contentType())
                .as("%s %s as %s", endpoint.method(), endpoint.template(), persona)
                .startsWith("application/problem+json");
          }
          if (expected == 404) {
            softly
                .assertThat(response.json().get("detail").asString())
                .as("a foreign object looks exactly like a missing one")
                .endsWith("not found");
          }
          checked++;
        }
      }
    }
    softly.assertAll();
    assertThat(checked).isEqualTo(endpoints().size() * Persona.values().length * 2);
  }

  @Test
  void the_matrix_lists_every_endpoint_the_api_has() {
    Set<String> inApi = new TreeSet<>();
    for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
      for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
        if (pattern.startsWith("/api/")) {
          info.getMethodsCondition()
              .getMethods()
              .forEach(method -> inApi.add(method + " " + pattern));
        }
      }
    }
    Set<String> inMatrix =
        endpoints().stream()
            .map(e -> e.method() + " " + e.template())
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(inMatrix).isEqualTo(inApi);
  }

  @Test
  void a_foreign_participant_and_a_participant_that_does_not_exist_get_the_same_answer() {
    Api.Response foreign =
        api.as(Persona.STAFF_OUS).get("/api/v1/participants/" + hus.participant());
    Api.Response missing =
        api.as(Persona.STAFF_OUS).get("/api/v1/participants/" + UUID.randomUUID());

    assertThat(foreign.status()).isEqualTo(missing.status()).isEqualTo(404);
    assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
    assertThat(foreign.json().get("code")).isEqualTo(missing.json().get("code"));
  }

  private int expected(Endpoint endpoint, Persona persona, World world) {
    if (persona == Persona.ANONYMOUS) {
      return 401;
    }
    if (persona.isMisprovisioned()) {
      return 403;
    }
    boolean own =
        persona.site().map(site -> site.equals(world.owner().site().orElseThrow())).orElse(false);
    return switch (endpoint.rule()) {
      case SITE_CREATE, SITE_LIST -> persona.isSiteUser() ? endpoint.success() : 403;
      case SITE_WRITE_OBJECT, SITE_OWN_RECEIPT ->
          !persona.isSiteUser() ? 403 : own ? endpoint.success() : 404;
      case READ_OBJECT ->
          persona == Persona.COORDINATOR ? 200 : !persona.isSiteUser() ? 403 : own ? 200 : 404;
      case SITE_OR_COORDINATOR_LIST ->
          persona.isSiteUser() || persona == Persona.COORDINATOR ? 200 : 403;
      case COORDINATOR_ONLY -> persona == Persona.COORDINATOR ? endpoint.success() : 403;
      case REPORT_READERS ->
          persona == Persona.COORDINATOR || persona == Persona.LEAD_OUS ? 200 : 403;
      case AUDITOR_ONLY -> persona == Persona.AUDITOR ? 200 : 403;
      case EXPORT_USERS ->
          persona == Persona.RESEARCHER
                  || persona == Persona.RESEARCHER_2
                  || persona == Persona.COORDINATOR
              ? endpoint.success()
              : 403;
      case SIGNAL_OF_SITE ->
          persona == Persona.COORDINATOR
              ? endpoint.success()
              : persona == Persona.LEAD_OUS ? (own ? endpoint.success() : 404) : 403;
      case EXPORT_OWNER ->
          persona == Persona.RESEARCHER || persona == Persona.COORDINATOR
              ? endpoint.success()
              : persona == Persona.RESEARCHER_2 ? 404 : 403;
      case EXPIRED_PROJECT -> persona == Persona.RESEARCHER_2 ? 404 : 403;
      case PROJECT_RECEIVER ->
          persona == Persona.RESEARCHER
              ? endpoint.success()
              : persona == Persona.RESEARCHER_2 ? 404 : 403;
      case STUDY_READERS ->
          persona.isSiteUser()
                  || persona == Persona.COORDINATOR
                  || persona == Persona.RESEARCHER
                  || persona == Persona.RESEARCHER_2
              ? 200
              : 403;
    };
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    String participants = "/api/v1/participants";
    String participant = participants + "/{participantId}";
    endpoints.add(
        new Endpoint(
            "POST",
            participants,
            Rule.SITE_CREATE,
            201,
            (p, w) -> api.as(p).post(participants, Requests.enrolment())));
    endpoints.add(
        new Endpoint(
            "GET",
            participants,
            Rule.SITE_OR_COORDINATOR_LIST,
            200,
            (p, w) -> api.as(p).get(participants)));
    endpoints.add(
        new Endpoint(
            "GET",
            participant,
            Rule.READ_OBJECT,
            200,
            (p, w) -> api.as(p).get(participants + "/" + w.participant())));
    endpoints.add(
        new Endpoint(
            "POST",
            participant + "/withdrawal",
            Rule.SITE_WRITE_OBJECT,
            200,
            (p, w) ->
                api.as(p)
                    .post(
                        participants + "/" + enrol(w.owner()) + "/withdrawal",
                        Map.of(
                            "date", ENROLLED.plusDays(30).toString(), "reason", "moved abroad"))));
    endpoints.add(
        new Endpoint(
            "POST",
            participant + "/discontinuation",
            Rule.SITE_WRITE_OBJECT,
            200,
            (p, w) ->
                api.as(p)
                    .post(
                        participants + "/" + enrol(w.owner()) + "/discontinuation",
                        Map.of(
                            "date",
                            ENROLLED.plusDays(30).toString(),
                            "reason",
                            "LACK_OF_EFFECT"))));
    endpoints.add(
        new Endpoint(
            "POST",
            participant + "/end-of-follow-up",
            Rule.SITE_WRITE_OBJECT,
            200,
            (p, w) ->
                api.as(p)
                    .post(
                        participants + "/" + enrol(w.owner()) + "/end-of-follow-up",
                        Map.of(
                            "date", ENROLLED.plusDays(30).toString(), "reason", "MOVED_ABROAD"))));
    endpoints.add(
        new Endpoint(
            "PUT",
            participant + "/eligibility",
            Rule.SITE_WRITE_OBJECT,
            200,
            (p, w) ->
                api.as(p)
                    .put(
                        participants + "/" + w.participant() + "/eligibility",
                        Map.of(
                            "eligibility",
                            Map.of(
                                "antidepressantTrials", 3,
                                "priorEct", false,
                                "substanceUse", "NONE",
                                "benzodiazepines", false,
                                "opioids", false,
                                "otherSedatives", false,
                                "contraindicationsChecked", true,
                                "systolic", 120,
                                "diastolic", 80),
                            "reason",
                            "matrix"))));
    endpoints.add(
        new Endpoint(
            "POST",
            participant + "/transfer",
            Rule.SITE_WRITE_OBJECT,
            200,
            (p, w) ->
                api.as(p)
                    .post(
                        participants + "/" + enrol(w.owner()) + "/transfer",
                        Map.of("toSite", "SOHF", "date", ENROLLED.plusDays(30).toString()))));
    endpoints.add(
        new Endpoint(
            "GET",
            participant + "/transfers",
            Rule.READ_OBJECT,
            200,
            (p, w) -> api.as(p).get(participants + "/" + w.participant() + "/transfers")));
    endpoints.add(
        new Endpoint(
            "POST",
            participant + "/treatment-episodes",
            Rule.SITE_WRITE_OBJECT,
            201,
            (p, w) ->
                api.as(p)
                    .post(
                        participants + "/" + enrol(w.owner()) + "/treatment-episodes",
                        Map.of(
                            "kind",
                            "MAINTENANCE",
                            "startDate",
                            ENROLLED.plusDays(30).toString()))));
    endpoints.add(
        new Endpoint(
            "GET",
            participant + "/treatment-episodes",
            Rule.READ_OBJECT,
            200,
            (p, w) -> api.as(p).get(participants + "/" + w.participant() + "/treatment-episodes")));
    for (String collection : List.of("infusions", "assessments", "adverse-events", "lab-results")) {
      String records = participant + "/" + collection;
      endpoints.add(
          new Endpoint(
              "POST",
              records,
              Rule.SITE_WRITE_OBJECT,
              201,
              (p, w) ->
                  api.as(p)
                      .post(
                          participants + "/" + w.participant() + "/" + collection,
                          body(collection, w.participant()))));
      endpoints.add(
          new Endpoint(
              "GET",
              records,
              Rule.READ_OBJECT,
              200,
              (p, w) -> api.as(p).get(participants + "/" + w.participant() + "/" + collection)));
      endpoints.add(
          new Endpoint(
              "GET",
              records + "/{recordId}",
              Rule.READ_OBJECT,
              200,
              (p, w) ->
                  api.as(p)
                      .get(
                          participants
                              + "/"
                              + w.participant()
                              + "/"
                              + collection
                              + "/"
                              + w.records().get(collection))));
      endpoints.add(
          new Endpoint(
              "PUT",
              records + "/{recordId}",
              Rule.SITE_WRITE_OBJECT,
              200,
              (p, w) -> correct(p, w, collection)));
    }
    endpoints.add(
        new Endpoint(
            "POST",
            "/api/v1/submissions",
            Rule.SITE_CREATE,
            201,
            (p, w) -> api.as(p).post("/api/v1/submissions", List.of(bulkEnrolment()))));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/submissions/{submissionId}",
            Rule.SITE_OWN_RECEIPT,
            200,
            (p, w) -> api.as(p).get("/api/v1/submissions/" + w.submission())));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/follow-ups/due",
            Rule.SITE_LIST,
            200,
            (p, w) -> api.as(p).get("/api/v1/follow-ups/due")));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/safety-signals",
            Rule.REPORT_READERS,
            200,
            (p, w) -> api.as(p).get("/api/v1/safety-signals")));
    String signal = "/api/v1/safety-signals/{signalId}";
    endpoints.add(
        new Endpoint(
            "GET",
            signal,
            Rule.SIGNAL_OF_SITE,
            200,
            (p, w) -> api.as(p).get("/api/v1/safety-signals/" + signals.get(w.owner()))));
    endpoints.add(
        new Endpoint(
            "GET",
            signal + "/assessment",
            Rule.SIGNAL_OF_SITE,
            200,
            (p, w) ->
                api.as(p).get("/api/v1/safety-signals/" + signals.get(w.owner()) + "/assessment")));
    endpoints.add(
        new Endpoint(
            "POST",
            signal + "/comments",
            Rule.SIGNAL_OF_SITE,
            201,
            (p, w) ->
                api.as(p)
                    .post(
                        "/api/v1/safety-signals/" + signals.get(w.owner()) + "/comments",
                        Map.of("comment", "Seen; the site follows it up"))));
    // Once per site's signal: the coordinator takes it up (a second time would be 409).
    endpoints.add(
        new Endpoint(
            "POST",
            signal + "/assessment",
            Rule.COORDINATOR_ONLY,
            200,
            (p, w) ->
                api.as(p)
                    .post(
                        "/api/v1/safety-signals/" + signals.get(w.owner()) + "/assessment",
                        Map.of("state", "UNDER_ASSESSMENT"))));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/audit-events",
            Rule.AUDITOR_ONLY,
            200,
            (p, w) -> api.as(p).get("/api/v1/audit-events?participant=" + w.participant())));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/audit-events/verification",
            Rule.AUDITOR_ONLY,
            200,
            (p, w) -> api.as(p).get("/api/v1/audit-events/verification")));
    endpoints.add(
        new Endpoint(
            "POST",
            "/api/v1/jobs/{jobName}/executions",
            Rule.COORDINATOR_ONLY,
            202,
            (p, w) ->
                api.as(p)
                    .post(
                        "/api/v1/jobs/followUpCompleteness/executions",
                        Map.of("asOf", ENROLLED.plusDays(60).toString()))));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/job-executions/{executionId}",
            Rule.COORDINATOR_ONLY,
            200,
            (p, w) -> api.as(p).get(reportRun)));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/reports/{name}",
            Rule.REPORT_READERS,
            200,
            (p, w) ->
                api.as(p)
                    .get("/api/v1/reports/follow-up-completeness?asOf=" + ENROLLED.plusDays(60))));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/data-quality-findings",
            Rule.SITE_OR_COORDINATOR_LIST,
            200,
            (p, w) -> api.as(p).get("/api/v1/data-quality-findings")));
    endpoints.add(
        new Endpoint(
            "POST",
            "/api/v1/data-quality-findings/{findingId}/answer",
            Rule.SITE_WRITE_OBJECT,
            200,
            (p, w) ->
                api.as(p)
                    .post(
                        "/api/v1/data-quality-findings/" + w.finding() + "/answer",
                        Map.of("answer", "baseline was taken on paper; entered now"))));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/studies/{code}",
            Rule.STUDY_READERS,
            200,
            (p, w) -> api.as(p).get("/api/v1/studies/KETAMINE-TRD")));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/studies/{code}/versions/{version}",
            Rule.STUDY_READERS,
            200,
            (p, w) -> api.as(p).get("/api/v1/studies/KETAMINE-TRD/versions/1")));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/datasets",
            Rule.EXPORT_USERS,
            200,
            (p, w) -> api.as(p).get("/api/v1/datasets")));
    endpoints.add(
        new Endpoint(
            "POST",
            "/api/v1/datasets/{name}/exports",
            Rule.EXPORT_USERS,
            202,
            (p, w) ->
                exportEnded(
                    p,
                    api.as(p)
                        .post(
                            "/api/v1/datasets/aggregated-outcomes/exports",
                            Map.of("asOf", ENROLLED.plusDays(60).toString())))));
    endpoints.add(
        new Endpoint(
            "POST",
            "/api/v1/datasets/{name}/exports",
            Rule.PROJECT_RECEIVER,
            202,
            (p, w) ->
                exportEnded(
                    p,
                    api.as(p)
                        .post(
                            "/api/v1/datasets/evaluation-2028/exports",
                            ResearchProjects.release(ENROLLED.plusDays(60), project)))));
    endpoints.add(
        new Endpoint(
            "POST",
            "/api/v1/datasets/{name}/exports",
            Rule.EXPIRED_PROJECT,
            202,
            (p, w) ->
                api.as(p)
                    .post(
                        "/api/v1/datasets/evaluation-2028/exports",
                        ResearchProjects.release(ENROLLED.plusDays(60), expiredProject))));
    String projects = "/api/v1/data-access-projects";
    endpoints.add(
        new Endpoint("GET", projects, Rule.EXPORT_USERS, 200, (p, w) -> api.as(p).get(projects)));
    endpoints.add(
        new Endpoint(
            "GET",
            projects + "/{projectId}",
            Rule.EXPORT_OWNER,
            200,
            (p, w) -> api.as(p).get(projects + "/" + project)));
    endpoints.add(
        new Endpoint(
            "POST",
            projects,
            Rule.COORDINATOR_ONLY,
            201,
            (p, w) ->
                api.as(p)
                    .post(
                        projects,
                        ResearchProjects.project(
                            "researcher2", List.of("infusions.dose_mg_per_kg")))));
    String locks = "/api/v1/data-locks";
    endpoints.add(
        new Endpoint("GET", locks, Rule.EXPORT_USERS, 200, (p, w) -> api.as(p).get(locks)));
    endpoints.add(
        new Endpoint(
            "POST",
            locks,
            Rule.COORDINATOR_ONLY,
            200,
            (p, w) -> api.as(p).post(locks, Map.of("date", ENROLLED.plusDays(60).toString()))));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/exports/{exportId}",
            Rule.EXPORT_OWNER,
            200,
            (p, w) -> api.as(p).get(completedExport)));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/exports/{exportId}/file",
            Rule.PROJECT_RECEIVER,
            200,
            (p, w) -> api.as(p).get(completedExport + "/file")));
    endpoints.add(
        new Endpoint(
            "GET",
            "/api/v1/exports/{exportId}/csv",
            Rule.PROJECT_RECEIVER,
            200,
            (p, w) -> api.as(p).get(completedExport + "/csv")));
    String schedules = "/api/v1/report-schedules";
    endpoints.add(
        new Endpoint(
            "GET", schedules, Rule.COORDINATOR_ONLY, 200, (p, w) -> api.as(p).get(schedules)));
    endpoints.add(
        new Endpoint(
            "POST",
            schedules,
            Rule.COORDINATOR_ONLY,
            201,
            (p, w) -> api.as(p).post(schedules, schedule())));
    endpoints.add(
        new Endpoint(
            "GET",
            schedules + "/{scheduleId}",
            Rule.COORDINATOR_ONLY,
            200,
            (p, w) -> api.as(p).get(schedules + "/" + newSchedule())));
    endpoints.add(
        new Endpoint(
            "PUT",
            schedules + "/{scheduleId}/paused",
            Rule.COORDINATOR_ONLY,
            200,
            (p, w) ->
                api.as(p)
                    .put(schedules + "/" + newSchedule() + "/paused", Map.of("paused", true))));
    endpoints.add(
        new Endpoint(
            "DELETE",
            schedules + "/{scheduleId}",
            Rule.COORDINATOR_ONLY,
            204,
            (p, w) -> api.as(p).send("DELETE", schedules + "/" + newSchedule(), null)));
    return endpoints;
  }

  private static Map<String, Object> schedule() {
    return Map.of("jobName", "nationalAggregation", "cron", "0 0 6 * * MON");
  }

  private UUID newSchedule() {
    Api.Response created = api.as(Persona.COORDINATOR).post("/api/v1/report-schedules", schedule());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.id("id");
  }

  private Api.Response correct(Persona persona, World world, String collection) {
    String path =
        "/api/v1/participants/"
            + world.participant()
            + "/"
            + collection
            + "/"
            + world.records().get(collection);
    Api.Response current = api.as(world.owner()).get(path);
    Map<String, Object> body =
        Requests.with(bodyFor(collection, current), "reason", "typing error at the bedside");
    return api.as(persona).header("If-Match", current.header("ETag")).put(path, body);
  }

  /** The record as it stands, sent back as a correction (same visit, so no uniqueness clash). */
  private Map<String, Object> bodyFor(String collection, Api.Response current) {
    var json = current.json();
    return switch (collection) {
      case "assessments" ->
          Requests.with(
              Requests.assessment(json.get("visit").asString(), ENROLLED.plusDays(5), 25),
              "instrument",
              json.get("instrument").asString());
      default -> body(collection, null);
    };
  }

  /**
   * A valid new record; each assessment of a participant takes a visit and instrument not used
   * before.
   */
  private Map<String, Object> body(String collection, UUID participant) {
    return switch (collection) {
      case "infusions" -> Requests.infusion(ENROLLED.plusDays(7));
      case "assessments" -> {
        int n =
            assessmentsPosted
                .computeIfAbsent(participant, k -> new AtomicInteger())
                .getAndIncrement();
        yield Requests.with(
            Requests.assessment(VISITS.get(n % VISITS.size()), ENROLLED.plusDays(5), 20),
            "instrument",
            n < VISITS.size() ? "MADRS" : "PHQ9");
      }
      case "adverse-events" -> Requests.adverseEvent("HEADACHE", 1, false);
      case "lab-results" -> Requests.labResult("ALT", 40, "U/L", 45.0);
      default -> throw new IllegalArgumentException(collection);
    };
  }

  private World world(Persona owner) {
    UUID participant = enrol(owner);
    Map<String, UUID> records = new java.util.HashMap<>();
    for (String collection : List.of("infusions", "assessments", "adverse-events", "lab-results")) {
      Api.Response created =
          api.as(owner)
              .post(
                  "/api/v1/participants/" + participant + "/" + collection,
                  body(collection, participant));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      records.put(collection, created.id("id"));
    }
    Api.Response submission = api.as(owner).post("/api/v1/submissions", List.of(bulkEnrolment()));
    assertThat(submission.status()).as(submission.body()).isEqualTo(201);
    UUID withoutBaseline = enrol(owner);
    Api.Response midway =
        api.as(owner)
            .post(
                "/api/v1/participants/" + withoutBaseline + "/assessments",
                Requests.assessment("MIDWAY", ENROLLED.plusDays(10), 30));
    assertThat(midway.status()).as(midway.body()).isEqualTo(201);
    return new World(
        owner, participant, records, submission.id("submissionId"), withoutBaseline, null);
  }

  private UUID enrol(Persona owner) {
    Api.Response created = api.as(owner).post("/api/v1/participants", Requests.enrolment());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.id("participantId");
  }

  private static Map<String, Object> bulkEnrolment() {
    return Map.of("type", "participant", "ref", "row-1", "data", Requests.enrolment());
  }
}
