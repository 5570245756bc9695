package no.followup.registry.api.research;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.followup.registry.api.contract.Responds;
import no.followup.registry.api.contract.ResponseHeader;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.api.shared.WriteAnswer;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.export.ExportRequests;
import no.followup.registry.application.research.ProjectRegistration;
import no.followup.registry.application.research.ResearchAccess;
import no.followup.registry.domain.research.DataAccessProject;
import no.followup.registry.domain.research.DataLocks.DataLock;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Research access",
    description =
        "Approved data-access projects and locked release dates: row-level data go only to a"
            + " project's named researchers, as of a locked date, with its approved variables")
class ResearchAccessController {

  private static final String PROJECTS = "/api/v1/data-access-projects";
  private static final String LOCKS = "/api/v1/data-locks";

  private final ResearchAccess research;
  private final ExportRequests exports;
  private final IdempotentResponses idempotent;
  private final RegistryClock clock;

  ResearchAccessController(
      ResearchAccess research,
      ExportRequests exports,
      IdempotentResponses idempotent,
      RegistryClock clock) {
    this.research = research;
    this.exports = exports;
    this.idempotent = idempotent;
    this.clock = clock;
  }

  @GetMapping(PROJECTS)
  @PreAuthorize(Roles.EXPORT_USERS)
  @Operation(
      operationId = "listDataAccessProjects",
      summary = "Coordinators: every project; researchers: the projects naming them")
  public List<ProjectResponse> projects(Actor actor) {
    return research.projects(actor).stream().map(p -> summary(p)).toList();
  }

  @GetMapping(PROJECTS + "/{projectId}")
  @PreAuthorize(Roles.EXPORT_USERS)
  @Operation(
      operationId = "getDataAccessProject",
      summary =
          "A project with its releases and the participants of earlier releases who have since"
              + " withdrawn consent; a project not naming the researcher is 404")
  public ProjectResponse project(Actor actor, @PathVariable UUID projectId) {
    DataAccessProject project = research.project(actor, projectId);
    return full(
        project,
        exports.releases(actor, projectId).stream()
            .map(
                e ->
                    new ProjectResponse.Release(
                        e.id(), e.asOf(), e.status().name(), e.requestedBy()))
            .toList(),
        research.withdrawnFromReleases(actor, projectId).stream()
            .map(
                w ->
                    new ProjectResponse.Withdrawn(
                        w.exportId(), w.releaseAsOf(), w.pseudonym(), w.withdrawalDate()))
            .toList());
  }

  @Responds(
      value = 201,
      headers = {ResponseHeader.LOCATION, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping(PROJECTS)
  @PreAuthorize(Roles.COORDINATOR)
  @Operation(
      operationId = "registerDataAccessProject",
      summary =
          "Register an approved project: its ethics approval, named researchers, study, approved"
              + " variables (sheet.column of the row-level codebook), period and expiry")
  public ResponseEntity<ProjectResponse> register(
      Actor actor,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody ProjectRequest request) {
    return idempotent.write(
        actor,
        key,
        "POST " + PROJECTS,
        request,
        ProjectResponse.class,
        () -> {
          DataAccessProject project =
              research.register(
                  actor,
                  new ProjectRegistration(
                      request.title(),
                      request.ethicsReference(),
                      request.responsibleResearcher(),
                      request.researchers(),
                      request.studyCode(),
                      request.approvedVariables(),
                      request.periodFrom(),
                      request.periodTo(),
                      request.expiresOn()));
          return WriteAnswer.created(
              URI.create(PROJECTS + "/" + project.id()), null, full(project, List.of(), List.of()));
        });
  }

  @GetMapping(LOCKS)
  @PreAuthorize(Roles.EXPORT_USERS)
  @Operation(operationId = "listDataLocks", summary = "The locked release dates, newest first")
  public List<DataLockResponse> locks(Actor actor) {
    return research.locks(actor).stream().map(ResearchAccessController::lock).toList();
  }

  @PostMapping(LOCKS)
  @PreAuthorize(Roles.COORDINATOR)
  @Operation(
      operationId = "lockReleaseDate",
      summary =
          "Lock a date before today for row-level release; a lock is never lifted, and locking a"
              + " locked date answers its lock")
  public DataLockResponse lock(Actor actor, @RequestBody DataLockRequest request) {
    return lock(research.lock(actor, request.date()));
  }

  private ProjectResponse summary(DataAccessProject p) {
    return full(p, null, null);
  }

  private ProjectResponse full(
      DataAccessProject p,
      List<ProjectResponse.Release> releases,
      List<ProjectResponse.Withdrawn> withdrawn) {
    return new ProjectResponse(
        p.id(),
        p.title(),
        p.ethicsReference(),
        p.responsibleResearcher(),
        p.researchers().stream().sorted().toList(),
        p.studyCode(),
        p.approvedVariables(),
        p.periodFrom(),
        p.periodTo(),
        p.expiresOn(),
        p.activeOn(clock.today()),
        p.registeredBy(),
        p.registeredAt(),
        releases,
        withdrawn);
  }

  private static DataLockResponse lock(DataLock lock) {
    return new DataLockResponse(lock.date(), lock.lockedBy(), lock.lockedAt());
  }
}
