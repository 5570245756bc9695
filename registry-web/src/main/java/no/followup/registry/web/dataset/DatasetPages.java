package no.followup.registry.web.dataset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.export.DatasetExport;
import no.followup.registry.application.export.ExportRequests;
import no.followup.registry.application.export.ExportStatus;
import no.followup.registry.application.export.TooManyExportsException;
import no.followup.registry.application.report.JobsBusyException;
import no.followup.registry.application.research.ResearchAccess;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.export.dataset.DatasetDescription;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dataset catalogue and the user's own exports. While an export is queued or running, the list
 * asks again every few seconds (htmx; without it, the page says to reload), so the download link
 * appears by itself when the file is ready.
 */
@Controller
class DatasetPages {

  private static final int EXPORTS_SHOWN = 20;
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final MediaType ZIP = MediaType.parseMediaType("application/zip");
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ExportRequests exports;
  private final ResearchAccess research;
  private final RegistryClock clock;

  DatasetPages(ExportRequests exports, ResearchAccess research, RegistryClock clock) {
    this.exports = exports;
    this.research = research;
    this.clock = clock;
  }

  @GetMapping("/datasets")
  @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
  public String catalogue(Actor actor, Model model) {
    model.addAttribute(
        "datasets", exports.catalogue(actor).stream().map(DatasetDescription::named).toList());
    model.addAttribute("today", clock.today());
    // A row-level release goes to the active projects naming the user, as of a locked date.
    model.addAttribute(
        "myProjects",
        research.projects(actor).stream()
            .filter(p -> p.releasesTo(actor.name(), clock.today()))
            .toList());
    model.addAttribute("locks", research.locks(actor));
    return exportsOf(actor, model, "datasets/datasets");
  }

  /** The exports list alone: what the page's list asks for while an export is under way. */
  @GetMapping("/datasets/exports")
  @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
  public String exportList(Actor actor, Model model) {
    return exportsOf(actor, model, "datasets/datasets :: exports");
  }

  @PostMapping("/datasets/{dataset}/exports")
  @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
  public String request(
      Actor actor,
      @PathVariable String dataset,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) UUID projectId,
      RedirectAttributes redirect) {
    try {
      exports.request(actor, dataset, asOf, projectId);
      redirect.addFlashAttribute("saved", "datasets.started");
    } catch (RecordRejectedException e) {
      redirect.addFlashAttribute(
          "refused",
          "datasets.refused."
              + e.violations().stream()
                  .filter(Violation::rejects)
                  .findFirst()
                  .orElseThrow()
                  .rule());
    } catch (TooManyExportsException e) {
      redirect.addFlashAttribute("refused", "datasets.tooMany");
    } catch (JobsBusyException e) {
      redirect.addFlashAttribute("refused", "datasets.busy");
    }
    return "redirect:/datasets";
  }

  @GetMapping("/datasets/exports/{exportId}/file")
  @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
  public ResponseEntity<Resource> file(Actor actor, @PathVariable String exportId) {
    DatasetExport export = exports.status(actor, exportId);
    return attachment(exports.file(actor, exportId), export.fileName(), XLSX);
  }

  @GetMapping("/datasets/exports/{exportId}/csv")
  @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
  public ResponseEntity<Resource> csv(Actor actor, @PathVariable String exportId) {
    DatasetExport export = exports.status(actor, exportId);
    return attachment(exports.csvFile(actor, exportId), export.csvFileName(), ZIP);
  }

  private String exportsOf(Actor actor, Model model, String view) {
    List<DatasetExport> mine = exports.mine(actor, EXPORTS_SHOWN);
    model.addAttribute("exports", mine);
    model.addAttribute("zone", OSLO);
    model.addAttribute(
        "underWay",
        mine.stream()
            .anyMatch(
                e -> e.status() == ExportStatus.QUEUED || e.status() == ExportStatus.RUNNING));
    return view;
  }

  /** A file streamed for download under its name. */
  private static ResponseEntity<Resource> attachment(Path file, String name, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(new FileSystemResource(file));
  }
}
