package no.followup.registry.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.participant.EnrolCommand;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.application.research.ProjectRegistration;
import no.followup.registry.application.research.ResearchAccess;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.lab.Analyte;
import no.followup.registry.domain.lab.LabResult;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEvent;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.Relatedness;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.Route;
import no.followup.registry.domain.treatment.VitalSigns;
import no.followup.registry.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Site isolation through the pages: every page and form of the browser interface × every kind of
 * signed-in person (and nobody), on a participant of their own site and of another. A foreign
 * participant is "not found" (404), a role that does not do this is "not allowed" (403), nobody is
 * sent to sign in. Fails when a page exists that the matrix does not list.
 */
@SpringBootTest(classes = RegistryApplication.class)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageIsolationMatrixTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  /** Who signs in: their roles and the site claim of their ID token. */
  enum Persona {
    NOBODY(Set.of(), List.of()),
    STAFF_OUS(Set.of(Role.SITE_STAFF), List.of("OUS")),
    LEAD_OUS(Set.of(Role.SITE_LEAD), List.of("OUS")),
    STAFF_SOHF(Set.of(Role.SITE_STAFF), List.of("SOHF")),
    STAFF_NO_SITE(Set.of(Role.SITE_STAFF), List.of()),
    STAFF_TWO_SITES(Set.of(Role.SITE_STAFF), List.of("OUS", "SOHF")),
    STAFF_UNKNOWN_SITE(Set.of(Role.SITE_STAFF), List.of("NOPE")),
    COORDINATOR(Set.of(Role.COORDINATOR), List.of()),
    RESEARCHER(Set.of(Role.RESEARCHER), List.of()),
    AUDITOR(Set.of(Role.AUDITOR), List.of());

    final Set<Role> roles;
    final List<String> sites;

    Persona(Set<Role> roles, List<String> sites) {
      this.roles = roles;
      this.sites = sites;
    }

    boolean atOus() {
      return sites.equals(List.of("OUS")) && !roles.contains(Role.COORDINATOR);
    }
  }

  /** One page or form submission and what each persona gets for an OUS participant. */
  private record Entry(
      String method,
      String pattern,
      String query,
      Map<Persona, Integer> expected,
      Integer forOthers) {

    Entry(String method, String pattern, Map<Persona, Integer> expected, Integer forOthers) {
      this(method, pattern, "", expected, forOthers);
    }

    int expectedFor(Persona persona) {
      return persona == Persona.NOBODY ? 302 : expected.getOrDefault(persona, forOthers);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired Enrolments enrolments;
  @Autowired ClinicalRecords records;
  @Autowired RecordKinds kinds;
  @Autowired JdbcClient jdbc;
  @Autowired ResearchAccess research;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private UUID ousParticipant;
  private UUID ousInfusion;
  private UUID ousAssessment;
  private UUID ousAdverseEvent;
  private UUID ousLabResult;
  private UUID ousSignal;
  private UUID otherResearchersProject;

  @BeforeAll
  void aProjectOfAnotherResearcher() {
    otherResearchersProject =
        research
            .register(
                new Actor("coordinator", Optional.empty(), EnumSet.of(Role.COORDINATOR)),
                new ProjectRegistration(
                    "Another researcher's project",
                    "REK 2026/1",
                    "researcher2",
                    List.of(),
                    "KETAMINE-TRD",
                    List.of("participants.sex"),
                    TODAY.minusYears(1),
                    TODAY,
                    TODAY.plusYears(1)))
            .id();
  }

  @BeforeAll
  void enrolOneParticipantAtOusWithAnInfusion() {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    Actor staff =
        new Actor("staff.ous", Optional.of(SiteCode.of("OUS")), EnumSet.of(Role.SITE_STAFF));
    ousParticipant =
        enrolments
            .enrol(
                staff,
                new EnrolCommand(
                    person.digits(),
                    "KETAMINE-TRD",
                    TODAY,
                    Indication.TREATMENT_RESISTANT_DEPRESSION,
                    null,
                    null,
                    new Consent(true, true, TODAY),
                    null))
            .participant()
            .id()
            .value();
    ousInfusion =
        records
            .add(
                staff,
                new ParticipantId(ousParticipant),
                kinds.infusions(),
                (id, enrolment) ->
                    new Infusion(
                        id,
                        enrolment,
                        TODAY,
                        Drug.RACEMIC_KETAMINE,
                        Route.INTRAVENOUS,
                        new BigDecimal("0.5"),
                        null,
                        new BigDecimal("70"),
                        40,
                        VitalSigns.none(),
                        null))
            .stored()
            .record()
            .id();
    ParticipantId participant = new ParticipantId(ousParticipant);
    ousAssessment =
        records
            .add(
                staff,
                participant,
                kinds.assessments(),
                (id, enrolment) ->
                    new Assessment(id, enrolment, TODAY, "BASELINE", "MADRS", 30, List.of()))
            .stored()
            .record()
            .id();
    ousAdverseEvent =
        records
            .add(
                staff,
                participant,
                kinds.adverseEvents(),
                (id, enrolment) ->
                    new AdverseEvent(
                        id,
                        enrolment,
                        TODAY,
                        "NAUSEA",
                        3,
                        true,
                        Relatedness.PROBABLE,
                        ActionTaken.NONE,
                        AdverseEventOutcome.RECOVERED))
            .stored()
            .record()
            .id();
    ousSignal =
        jdbc.sql(
                "SELECT id FROM safety_signal WHERE source_id = ? AND kind = 'SERIOUS_ADVERSE_EVENT'")
            .param(ousAdverseEvent)
            .query(UUID.class)
            .single();
    completenessReportWithAMissedVisitAtOus();
    ousLabResult =
        records
            .add(
                staff,
                participant,
                kinds.labResults(),
                (id, enrolment) ->
                    new LabResult(
                        id,
                        enrolment,
                        TODAY,
                        Analyte.CREATININE,
                        new BigDecimal("80"),
                        Analyte.CREATININE.unit(),
                        null))
            .stored()
            .record()
            .id();
  }

  /**
   * A completed follow-up completeness run for today in which the OUS participant missed a visit.
   */
  private void completenessReportWithAMissedVisitAtOus() {
    long run = 990_000_001L;
    jdbc.sql(
            "INSERT INTO report_run (run_id, job_name, as_of, completed_at) VALUES (?, 'followUpCompleteness', ?, now())")
        .params(run, TODAY)
        .update();
    jdbc.sql(
            """
            INSERT INTO report_visit_status (run_id, site_code, participant_id, enrolment_id, visit_code, state,
                                             window_opens, window_closes)
            SELECT ?, 'OUS', participant_id, id, 'MONTH_1', 'MISSED', ?, ? FROM enrolment WHERE participant_id = ?
            """)
        .params(run, TODAY.minusDays(40), TODAY.minusDays(20), ousParticipant)
        .update();
  }

  private static final int OK = 200;
  private static final int SAVED_OR_BACK =
      -1; // a form post: 302 to the next page, or 200 with errors

  private List<Entry> matrix() {
    // Site staff without exactly one known site may not work at any: 403 as for other roles.
    Map<Persona, Integer> sitePages =
        Map.of(Persona.STAFF_OUS, OK, Persona.LEAD_OUS, OK, Persona.STAFF_SOHF, OK);
    Map<Persona, Integer> ownParticipant =
        Map.of(
            Persona.STAFF_OUS, OK,
            Persona.LEAD_OUS, OK,
            Persona.STAFF_SOHF, 404,
            Persona.COORDINATOR, OK);
    Map<Persona, Integer> ownForms =
        Map.of(Persona.STAFF_OUS, OK, Persona.LEAD_OUS, OK, Persona.STAFF_SOHF, 404);
    Map<Persona, Integer> ownPosts =
        Map.of(
            Persona.STAFF_OUS, SAVED_OR_BACK,
            Persona.LEAD_OUS, SAVED_OR_BACK,
            Persona.STAFF_SOHF, 404);
    Map<Persona, Integer> siteReaders =
        Map.of(
            Persona.STAFF_OUS, OK,
            Persona.LEAD_OUS, OK,
            Persona.STAFF_SOHF, OK,
            Persona.COORDINATOR, OK);
    Map<Persona, Integer> sitePosts =
        Map.of(
            Persona.STAFF_OUS, SAVED_OR_BACK,
            Persona.LEAD_OUS, SAVED_OR_BACK,
            Persona.STAFF_SOHF, SAVED_OR_BACK);
    // No finding has this id: every site that may answer gets "not found".
    Map<Persona, Integer> foreignFinding =
        Map.of(Persona.STAFF_OUS, 404, Persona.LEAD_OUS, 404, Persona.STAFF_SOHF, 404);
    Map<Persona, Integer> datasetUsers = Map.of(Persona.RESEARCHER, OK, Persona.COORDINATOR, OK);
    Map<Persona, Integer> signalReaders = Map.of(Persona.COORDINATOR, OK, Persona.LEAD_OUS, OK);
    Map<Persona, Integer> signalCommenters =
        Map.of(Persona.COORDINATOR, SAVED_OR_BACK, Persona.LEAD_OUS, SAVED_OR_BACK);
    Map<Persona, Integer> everyone =
        Map.of(
            Persona.STAFF_OUS, OK,
            Persona.LEAD_OUS, OK,
            Persona.STAFF_SOHF, OK,
            Persona.STAFF_NO_SITE, OK,
            Persona.STAFF_TWO_SITES, OK,
            Persona.STAFF_UNKNOWN_SITE, OK,
            Persona.COORDINATOR, OK,
            Persona.RESEARCHER, OK,
            Persona.AUDITOR, OK);
    // Coordinators start on the dashboard, researchers on the datasets.
    Map<Persona, Integer> startPage = new java.util.EnumMap<>(everyone);
    startPage.put(Persona.COORDINATOR, 302);
    startPage.put(Persona.RESEARCHER, 302);
    return List.of(
        new Entry("GET", "/", startPage, 403),
        new Entry("GET", "/participants", siteReaders, 403),
        new Entry("GET", "/participants/find", sitePages, 403),
        new Entry("POST", "/participants/find", sitePosts, 403),
        new Entry("GET", "/participants/new", sitePages, 403),
        new Entry("POST", "/participants", sitePosts, 403),
        new Entry("GET", "/participants/{participantId}", ownParticipant, 403),
        new Entry("GET", "/participants/{participantId}/infusions/new", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/infusions", ownPosts, 403),
        new Entry("GET", "/participants/{participantId}/assessments/new", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/assessments", ownPosts, 403),
        new Entry("GET", "/participants/{participantId}/adverse-events/new", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/adverse-events", ownPosts, 403),
        new Entry("GET", "/participants/{participantId}/lab-results/new", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/lab-results", ownPosts, 403),
        new Entry("GET", "/participants/{participantId}/infusions/{recordId}/edit", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/infusions/{recordId}", ownPosts, 403),
        new Entry(
            "GET", "/participants/{participantId}/assessments/{recordId}/edit", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/assessments/{recordId}", ownPosts, 403),
        new Entry(
            "GET", "/participants/{participantId}/adverse-events/{recordId}/edit", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/adverse-events/{recordId}", ownPosts, 403),
        new Entry(
            "GET", "/participants/{participantId}/lab-results/{recordId}/edit", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/lab-results/{recordId}", ownPosts, 403),
        new Entry("GET", "/participants/{participantId}/discontinuation", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/discontinuation", ownPosts, 403),
        new Entry("GET", "/participants/{participantId}/end-of-follow-up", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/end-of-follow-up", ownPosts, 403),
        new Entry("GET", "/participants/{participantId}/treatment-episodes/new", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/treatment-episodes", ownPosts, 403),
        new Entry("GET", "/participants/{participantId}/eligibility", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/eligibility", ownPosts, 403),
        new Entry("GET", "/participants/{participantId}/transfer", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/transfer", ownPosts, 403),
        new Entry("GET", "/participants/{participantId}/withdrawal", ownForms, 403),
        new Entry("POST", "/participants/{participantId}/withdrawal", ownPosts, 403),
        new Entry("GET", "/data-quality", siteReaders, 403),
        new Entry("POST", "/data-quality/{findingId}/answer", foreignFinding, 403),
        new Entry("GET", "/uploads", sitePages, 403),
        new Entry("GET", "/uploads/template", sitePages, 403),
        new Entry("POST", "/uploads", sitePosts, 403),
        new Entry("GET", "/signals", signalReaders, 403),
        new Entry("GET", "/signals/{signalId}", signalReaders, 403),
        new Entry("POST", "/signals/{signalId}/comments", signalCommenters, 403),
        new Entry(
            "POST",
            "/signals/{signalId}/assessment",
            Map.of(Persona.COORDINATOR, SAVED_OR_BACK),
            403),
        new Entry("GET", "/datasets", datasetUsers, 403),
        new Entry("GET", "/datasets/exports", datasetUsers, 403),
        // Without a date: refused and sent back to the page, no export started.
        new Entry(
            "POST",
            "/datasets/{dataset}/exports",
            Map.of(Persona.RESEARCHER, SAVED_OR_BACK, Persona.COORDINATOR, SAVED_OR_BACK),
            403),
        // An export nobody requested: not found, as another researcher's is.
        new Entry(
            "GET",
            "/datasets/exports/{exportId}/file",
            Map.of(Persona.RESEARCHER, 404, Persona.COORDINATOR, 404),
            403),
        new Entry(
            "GET",
            "/datasets/exports/{exportId}/csv",
            Map.of(Persona.RESEARCHER, 404, Persona.COORDINATOR, 404),
            403),
        new Entry("GET", "/research", datasetUsers, 403),
        // Empty forms: refused and shown again (the project) or sent back (the lock).
        new Entry("POST", "/research/projects", Map.of(Persona.COORDINATOR, SAVED_OR_BACK), 403),
        new Entry("POST", "/research/locks", Map.of(Persona.COORDINATOR, SAVED_OR_BACK), 403),
        // The fixture's project names another researcher: not found for this one.
        new Entry(
            "GET",
            "/research/projects/{projectId}",
            Map.of(Persona.COORDINATOR, OK, Persona.RESEARCHER, 404),
            403),
        new Entry("GET", "/dashboard", Map.of(Persona.COORDINATOR, OK, Persona.LEAD_OUS, OK), 403),
        // The missing visits of the completeness report the fixture made: a lead sees only their
        // own site's; another site is not found.
        new Entry(
            "GET",
            "/dashboard/missing-visits",
            "?site=OUS&asOf=" + TODAY,
            Map.of(Persona.COORDINATOR, OK, Persona.LEAD_OUS, OK),
            403),
        new Entry(
            "GET",
            "/dashboard/missing-visits",
            "?site=SOHF&asOf=" + TODAY,
            Map.of(Persona.COORDINATOR, OK, Persona.LEAD_OUS, 404),
            403),
        new Entry("GET", "/jobs", Map.of(Persona.COORDINATOR, OK), 403),
        new Entry("GET", "/schedules", Map.of(Persona.COORDINATOR, OK), 403),
        // Without a job: refused and sent back to the list, nothing made.
        new Entry("POST", "/schedules", Map.of(Persona.COORDINATOR, SAVED_OR_BACK), 403),
        // A schedule that does not exist.
        new Entry("POST", "/schedules/{scheduleId}/pause", Map.of(Persona.COORDINATOR, 404), 403),
        new Entry("POST", "/schedules/{scheduleId}/delete", Map.of(Persona.COORDINATOR, 404), 403),
        // Without a date: refused and sent back to the list, no job started.
        new Entry(
            "POST", "/jobs/{jobName}/executions", Map.of(Persona.COORDINATOR, SAVED_OR_BACK), 403),
        // A run that does not exist.
        new Entry("GET", "/jobs/executions/{executionId}", Map.of(Persona.COORDINATOR, 404), 403),
        new Entry(
            "GET",
            "/jobs/executions/{executionId}/progress",
            Map.of(Persona.COORDINATOR, 404),
            403),
        new Entry(
            "POST",
            "/jobs/executions/{executionId}/restart",
            Map.of(Persona.COORDINATOR, 404),
            403),
        new Entry("GET", "/loggedout", everyone, OK));
  }

  @Test
  void every_page_answers_every_persona_as_the_matrix_says() throws Exception {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Entry entry : matrix()) {
      for (Persona persona : Persona.values()) {
        int status = call(entry, persona);
        calls++;
        int expected = entry.expectedFor(persona);
        if (entry.pattern().equals("/loggedout") && persona == Persona.NOBODY) {
          expected = OK;
        }
        boolean matches =
            expected == SAVED_OR_BACK ? status == 200 || status == 302 : status == expected;
        if (!matches) {
          wrong.add(
              entry.method()
                  + " "
                  + entry.pattern()
                  + " as "
                  + persona
                  + ": "
                  + status
                  + " (expected "
                  + (expected == SAVED_OR_BACK ? "200 or 302" : expected)
                  + ")");
        }
      }
    }
    assertThat(wrong).as("of " + calls + " calls").isEmpty();
  }

  @Test
  void the_matrix_lists_every_page() {
    Set<String> pages = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
      String type =
          ((org.springframework.web.method.HandlerMethod) mapping.getValue())
              .getBeanType()
              .getPackageName();
      if (type.startsWith("no.followup.registry.web")) {
        for (String pattern : mapping.getKey().getPatternValues()) {
          mapping
              .getKey()
              .getMethodsCondition()
              .getMethods()
              .forEach(method -> pages.add(method + " " + pattern));
        }
      }
    }
    Set<String> listed = new TreeSet<>();
    matrix().forEach(entry -> listed.add(entry.method() + " " + entry.pattern()));
    assertThat(listed).isEqualTo(pages);
  }

  /** The OUS record of the kind the pattern's collection names. */
  private UUID recordOf(String pattern) {
    if (pattern.contains("/assessments/")) {
      return ousAssessment;
    }
    if (pattern.contains("/adverse-events/")) {
      return ousAdverseEvent;
    }
    if (pattern.contains("/lab-results/")) {
      return ousLabResult;
    }
    return ousInfusion;
  }

  private int call(Entry entry, Persona persona) throws Exception {
    String path =
        entry
                .pattern()
                .replace("{participantId}", ousParticipant.toString())
                .replace("{recordId}", recordOf(entry.pattern()).toString())
                .replace("{signalId}", ousSignal.toString())
                .replace("{findingId}", UUID.randomUUID().toString())
                .replace("{dataset}", "aggregated-outcomes")
                .replace("{exportId}", UUID.randomUUID().toString())
                .replace("{jobName}", "dataQuality")
                .replace("{executionId}", "987654321")
                .replace("{scheduleId}", UUID.randomUUID().toString())
                .replace("{projectId}", otherResearchersProject.toString())
            + entry.query();
    MockHttpServletRequestBuilder request =
        entry.method().equals("GET") ? get(path) : post(path).with(csrf());
    if (persona != Persona.NOBODY) {
      request.with(
          oidcLogin()
              .idToken(
                  token -> {
                    token.claim("preferred_username", persona.name().toLowerCase());
                    if (!persona.sites.isEmpty()) {
                      token.claim("site", persona.sites);
                    }
                  })
              .authorities(
                  persona.roles.stream()
                      .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                      .toList()));
    }
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }
}
