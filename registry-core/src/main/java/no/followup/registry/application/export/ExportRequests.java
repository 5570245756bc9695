package no.followup.registry.application.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.AfterCommit;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.application.research.ResearchAccess;
import no.followup.registry.domain.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Researchers and coordinators: the dataset catalogue, export requests (each one release, run as a
 * background job), their state, and the file, whose every download is audited.
 */
@Service
public class ExportRequests {

  private final ExportStore records;
  private final ExportJobs jobs;
  private final DatasetFiles files;
  private final AuditRecorder audit;
  private final ExportLimits limits;
  private final ResearchAccess research;

  public ExportRequests(
      ExportStore records,
      ExportJobs jobs,
      DatasetFiles files,
      AuditRecorder audit,
      ExportLimits limits,
      ResearchAccess research) {
    this.research = research;
    this.records = records;
    this.jobs = jobs;
    this.files = files;
    this.audit = audit;
    this.limits = limits;
  }

  /** The names of the datasets the actor may ask for. */
  public List<String> catalogue(Actor actor) {
    requireExportUser(actor);
    return Datasets.ALL;
  }

  /**
   * Queues an export of the dataset as of the date and starts its job; answers the export. A
   * row-level release names its data-access project and a locked date, and a project gets each
   * date's release once: asking again answers the release there is.
   */
  public DatasetExport request(Actor actor, String dataset, LocalDate asOf, UUID projectId) {
    requireExportUser(actor);
    if (!Datasets.ALL.contains(dataset)) {
      throw new NotFoundException("dataset " + dataset);
    }
    boolean rowLevel = Datasets.isRowLevel(dataset);
    Violations violations = new Violations();
    violations.required("asOf", asOf);
    if (!rowLevel && projectId != null) {
      violations.reject(
          "projectId",
          "not-for-dataset",
          "projectId is for row-level datasets; aggregated datasets need no project");
    }
    violations.throwIfRejected();
    if (rowLevel) {
      research.releasing(actor, projectId, asOf);
      Optional<DatasetExport> live = records.liveRelease(projectId, asOf);
      if (live.isPresent()) {
        return live.get();
      }
    }
    if (records.unfinishedOf(actor.name()) >= limits.maxRunningPerUser()) {
      throw new TooManyExportsException(limits.maxRunningPerUser());
    }
    jobs.requireRoom();
    String exportId = UUID.randomUUID().toString();
    if (!rowLevel) {
      records.queued(exportId, dataset, asOf, actor.name());
    } else if (!records.queuedRelease(exportId, dataset, asOf, actor.name(), projectId)) {
      // Another request of the project queued the date's release in the meantime.
      return records.liveRelease(projectId, asOf).orElseThrow();
    }
    // The job starts once the request is stored: a request rolled back (its idempotent write
    // failed, say) must not leave a job writing a file of patient data no export row accounts for.
    DatasetExport queued = records.find(exportId).orElseThrow();
    AfterCommit.run(() -> start(queued));
    return queued;
  }

  /**
   * A start refused after the request committed (busy since) leaves the export FAILED, not QUEUED.
   */
  private void start(DatasetExport export) {
    try {
      jobs.start(export);
    } catch (RuntimeException e) {
      records.failedToStart(
          export.id(),
          "the export could not be started (" + e.getClass().getSimpleName() + "); ask again");
    }
  }

  /** The releases made for a project the actor may see, newest locked date first. */
  public List<DatasetExport> releases(Actor actor, UUID projectId) {
    return records.ofProject(research.project(actor, projectId).id());
  }

  /** The actor's own exports, newest first: the page a researcher follows them on. */
  public List<DatasetExport> mine(Actor actor, int max) {
    requireExportUser(actor);
    return records.requestedBy(actor.name(), max);
  }

  /**
   * An export is its requester's, its project's researchers' and every coordinator's: another
   * researcher gets "not found", as for an id that does not exist.
   */
  public DatasetExport status(Actor actor, String exportId) {
    requireExportUser(actor);
    return records
        .find(exportId)
        .filter(
            e ->
                actor.isCoordinator()
                    || e.requestedBy().equals(actor.name())
                    || e.projectId() != null && research.names(e.projectId(), actor.name()))
        .orElseThrow(() -> new NotFoundException("export"));
  }

  /** The completed Excel file; the download is in the audit trail before a byte leaves. */
  @Transactional
  public Path file(Actor actor, String exportId) {
    return download(actor, status(actor, exportId), files.file(exportId), "");
  }

  /**
   * A row-level release's CSV zip (tables, codebook, R, Stata and SPSS syntax); audited as the
   * Excel file is.
   */
  @Transactional
  public Path csvFile(Actor actor, String exportId) {
    DatasetExport export = status(actor, exportId);
    if (!export.isRowLevel()) {
      throw new NotFoundException("csv file");
    }
    return download(actor, export, files.csvFile(exportId), " csv");
  }

  /** The export's file, once the actor may receive it; {@code export} is the actor's to see. */
  private Path download(Actor actor, DatasetExport export, Path file, String format) {
    if (export.projectId() != null) {
      research.receiving(actor, export.projectId());
    } else if (export.isRowLevel()) {
      // Made before row-level data went only through projects (V27): no longer handed out.
      throw new AccessDeniedException(
          "row-level data are released through a data-access project; ask for this date's release"
              + " in the project");
    }
    if (!export.hasFile()) {
      throw new ConflictException(
          "export-not-complete", "the export is " + export.status() + "; the file is not ready");
    }
    if (!Files.isRegularFile(file)) {
      throw new NotFoundException("export file");
    }
    audit.readOther(actor, "dataset-export", export.dataset() + " " + export.id() + format);
    return file;
  }

  private static void requireExportUser(Actor actor) {
    if (!actor.roles().contains(Role.RESEARCHER) && !actor.isCoordinator()) {
      throw new AccessDeniedException("datasets are for researchers and coordinators");
    }
  }
}
