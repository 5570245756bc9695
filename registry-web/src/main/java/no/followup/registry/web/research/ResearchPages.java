package no.followup.registry.web.research;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.export.Datasets;
import no.followup.registry.application.export.ExportRequests;
import no.followup.registry.application.research.ResearchAccess;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.export.dataset.DatasetDescription;
import no.followup.registry.web.shell.FieldErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Research access: the data-access projects (coordinators every one and a form to register one;
 * researchers the projects naming them), the locked release dates, and a project's releases with
 * the participants who withdrew after one.
 */
@Controller
class ResearchPages {

  private static final Set<String> FIELDS =
      Set.of(
          "title",
          "ethicsReference",
          "responsibleResearcher",
          "researchers",
          "studyCode",
          "approvedVariables",
          "periodFrom",
          "periodTo",
          "expiresOn");

  private final ResearchAccess research;
  private final ExportRequests exports;
  private final Studies studies;
  private final RegistryClock clock;

  ResearchPages(
      ResearchAccess research, ExportRequests exports, Studies studies, RegistryClock clock) {
    this.research = research;
    this.exports = exports;
    this.studies = studies;
    this.clock = clock;
  }

  @GetMapping("/research")
  @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
  public String projects(Actor actor, Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new ProjectForm());
    }
    return page(actor, model);
  }

  @PostMapping("/research/projects")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String register(
      Actor actor,
      @ModelAttribute("form") ProjectForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      UUID id = research.register(actor, form.registration()).id();
      redirect.addFlashAttribute("saved", "research.registered");
      return "redirect:/research/projects/" + id;
    } catch (RecordRejectedException e) {
      FieldErrors.show(
          e.violations().stream().filter(Violation::rejects).toList(),
          binding,
          FIELDS,
          field -> field.replaceAll("\\[\\d+]$", ""));
      return page(actor, model);
    }
  }

  @PostMapping("/research/locks")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String lock(
      Actor actor,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      RedirectAttributes redirect) {
    try {
      research.lock(actor, date);
      redirect.addFlashAttribute("saved", "research.locked");
    } catch (RecordRejectedException e) {
      redirect.addFlashAttribute(
          "refused",
          "research.lock."
              + e.violations().stream()
                  .filter(Violation::rejects)
                  .findFirst()
                  .orElseThrow()
                  .rule());
    }
    return "redirect:/research#locks";
  }

  @GetMapping("/research/projects/{projectId}")
  @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
  public String project(Actor actor, @PathVariable UUID projectId, Model model) {
    model.addAttribute("project", research.project(actor, projectId));
    model.addAttribute("releases", exports.releases(actor, projectId));
    model.addAttribute("withdrawn", research.withdrawnFromReleases(actor, projectId));
    model.addAttribute("today", clock.today());
    model.addAttribute("zone", RegistryClock.NORWAY);
    return "research/project";
  }

  private String page(Actor actor, Model model) {
    model.addAttribute("projects", research.projects(actor));
    model.addAttribute("locks", research.locks(actor));
    model.addAttribute("today", clock.today());
    model.addAttribute("zone", RegistryClock.NORWAY);
    model.addAttribute("studies", studies.codes());
    model.addAttribute("codebook", DatasetDescription.named(Datasets.EVALUATION_2028).codebook());
    return "research/projects";
  }
}
