package no.followup.registry.application.research;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.domain.participant.FreeText;
import no.followup.registry.domain.research.DataAccessProject;
import no.followup.registry.domain.research.DataAccessProjects;
import no.followup.registry.domain.research.DataLocks;
import no.followup.registry.domain.research.DataLocks.DataLock;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may receive row-level data, and as of which dates. Coordinators register data-access projects
 * and lock release dates; a researcher sees the projects naming them, and receives a project's
 * release only while it is active, only as of a locked date. Aggregated datasets need no project.
 */
@Service
public class ResearchAccess {

  static final int TITLE_MAX_LENGTH = 200;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

  private final DataAccessProjects projects;
  private final DataLocks locks;
  private final Studies studies;
  private final ReleaseVariables variables;
  private final AuditRecorder audit;
  private final RegistryClock clock;

  public ResearchAccess(
      DataAccessProjects projects,
      DataLocks locks,
      Studies studies,
      ReleaseVariables variables,
      AuditRecorder audit,
      RegistryClock clock) {
    this.projects = projects;
    this.locks = locks;
    this.studies = studies;
    this.variables = variables;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public DataAccessProject register(Actor actor, ProjectRegistration form) {
    requireCoordinator(actor);
    check(form).throwIfRejected();
    Set<String> researchers = new LinkedHashSet<>();
    researchers.add(form.responsibleResearcher());
    if (form.researchers() != null) {
      researchers.addAll(form.researchers());
    }
    DataAccessProject project =
        new DataAccessProject(
            UUID.randomUUID(),
            form.title().strip(),
            form.ethicsReference().strip(),
            form.responsibleResearcher(),
            researchers,
            form.studyCode(),
            List.copyOf(new LinkedHashSet<>(form.approvedVariables())),
            form.periodFrom(),
            form.periodTo(),
            form.expiresOn(),
            actor.name(),
            clock.now());
    projects.add(project);
    audit.changed(actor, "CREATE", "data-access-project", project.id(), null, null, null, project);
    return project;
  }

  /** Coordinators see every project; a researcher the projects naming them. */
  @Transactional(readOnly = true)
  public List<DataAccessProject> projects(Actor actor) {
    requireResearchUser(actor);
    return actor.isCoordinator() ? projects.all() : projects.naming(actor.name());
  }

  /** A project not naming the researcher is "not found", as one that does not exist. */
  @Transactional(readOnly = true)
  public DataAccessProject project(Actor actor, UUID id) {
    requireResearchUser(actor);
    return projects
        .find(id)
        .filter(p -> actor.isCoordinator() || p.names(actor.name()))
        .orElseThrow(() -> new NotFoundException("data-access project"));
  }

  /** Participants of the project's earlier releases who have since withdrawn consent. */
  @Transactional(readOnly = true)
  public List<DataAccessProjects.WithdrawnFromRelease> withdrawnFromReleases(Actor actor, UUID id) {
    return projects.withdrawnFromReleases(project(actor, id).id());
  }

  /** Locks a past date for release; locking it again answers the lock there is. */
  @Transactional
  public DataLock lock(Actor actor, LocalDate date) {
    requireCoordinator(actor);
    Violations violations = new Violations();
    violations.required("date", date);
    if (date != null && !date.isBefore(clock.today())) {
      violations.reject(
          "date", "before-today", "date must be before today: a day still open is not locked");
    }
    violations.throwIfRejected();
    DataLock lock = new DataLock(date, actor.name(), clock.now());
    if (locks.lock(lock)) {
      // A lock has no id of its own: its date names it, as a name-based UUID for the audit row.
      UUID id = UUID.nameUUIDFromBytes(("data-lock:" + date).getBytes(StandardCharsets.UTF_8));
      audit.changed(actor, "CREATE", "data-lock", id, null, null, null, lock);
      return lock;
    }
    return locks.all().stream().filter(l -> l.date().equals(date)).findFirst().orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<DataLock> locks(Actor actor) {
    requireResearchUser(actor);
    return locks.all();
  }

  /**
   * The project a row-level release as of the date goes out under: the researcher must be named in
   * it, it must be active, and the date locked.
   */
  @Transactional(readOnly = true)
  public DataAccessProject releasing(Actor actor, UUID projectId, LocalDate asOf) {
    Violations violations = new Violations();
    violations.required("projectId", projectId);
    violations.required("asOf", asOf);
    violations.throwIfRejected();
    DataAccessProject project = receiving(actor, projectId);
    if (!locks.isLocked(asOf)) {
      violations.reject(
          "asOf",
          "not-locked",
          "asOf must be a locked release date; row-level data are released as of locked dates"
              + " only");
    }
    violations.throwIfRejected();
    return project;
  }

  /**
   * The project whose release the actor receives (a file, a new release): only its named
   * researchers, only while it is active.
   */
  @Transactional(readOnly = true)
  public DataAccessProject receiving(Actor actor, UUID projectId) {
    DataAccessProject project = project(actor, projectId);
    if (!project.names(actor.name())) {
      throw new AccessDeniedException(
          "only the researchers named in the project receive its releases");
    }
    if (!project.activeOn(clock.today())) {
      throw new AccessDeniedException("the project expired on " + project.expiresOn());
    }
    return project;
  }

  /** Is the user named in the project? (Who may follow its releases.) */
  @Transactional(readOnly = true)
  public boolean names(UUID projectId, String username) {
    return projects.find(projectId).map(p -> p.names(username)).orElse(false);
  }

  private Violations check(ProjectRegistration form) {
    Violations violations = new Violations();
    violations.required("title", blankToNull(form.title()));
    FreeText.check("title", form.title(), TITLE_MAX_LENGTH, violations);
    violations.required("ethicsReference", blankToNull(form.ethicsReference()));
    FreeText.check(
        "ethicsReference", form.ethicsReference(), FreeText.REFERENCE_MAX_LENGTH, violations);
    violations.required("responsibleResearcher", blankToNull(form.responsibleResearcher()));
    username("responsibleResearcher", form.responsibleResearcher(), violations);
    List<String> named = form.researchers() == null ? List.of() : form.researchers();
    for (int i = 0; i < named.size(); i++) {
      violations.required("researchers[" + i + "]", blankToNull(named.get(i)));
      username("researchers[" + i + "]", named.get(i), violations);
    }
    violations.required("studyCode", blankToNull(form.studyCode()));
    if (form.studyCode() != null
        && !form.studyCode().isBlank()
        && studies.codes().stream().map(StudyCode::value).noneMatch(form.studyCode()::equals)) {
      violations.reject("studyCode", "unknown-study", "studyCode names no study of the registry");
    }
    approvedVariables(form.approvedVariables(), violations);
    violations.required("periodFrom", form.periodFrom());
    violations.required("periodTo", form.periodTo());
    if (form.periodFrom() != null
        && form.periodTo() != null
        && form.periodTo().isBefore(form.periodFrom())) {
      violations.reject(
          "periodTo", "not-before-period-from", "periodTo must not be before periodFrom");
    }
    violations.required("expiresOn", form.expiresOn());
    if (form.expiresOn() != null && form.expiresOn().isBefore(clock.today())) {
      violations.reject("expiresOn", "not-in-past", "expiresOn must not be in the past");
    }
    return violations;
  }

  private void approvedVariables(List<String> approved, Violations violations) {
    if (approved == null || approved.isEmpty()) {
      violations.reject(
          "approvedVariables",
          "required",
          "approvedVariables must name at least one variable of the codebook");
      return;
    }
    Set<String> releasable = variables.releasable();
    for (int i = 0; i < approved.size(); i++) {
      if (!releasable.contains(approved.get(i))) {
        violations.reject(
            "approvedVariables[" + i + "]",
            "not-in-codebook",
            "approvedVariables[" + i + "] must be a variable of the codebook, as sheet.column");
      }
    }
  }

  private static void username(String field, String value, Violations violations) {
    if (value != null && !value.isBlank() && !USERNAME.matcher(value).matches()) {
      violations.reject(
          field, "username", field + " must be a user name of the registry's sign-in (lower case)");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static void requireCoordinator(Actor actor) {
    if (!actor.isCoordinator()) {
      throw new AccessDeniedException(
          "data-access projects and data locks are coordinators' to set");
    }
  }

  private static void requireResearchUser(Actor actor) {
    if (!actor.roles().contains(Role.RESEARCHER) && !actor.isCoordinator()) {
      throw new AccessDeniedException("research access is for researchers and coordinators");
    }
  }
}
