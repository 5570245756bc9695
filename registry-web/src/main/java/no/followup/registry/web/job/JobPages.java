package no.followup.registry.web.job;

import java.time.LocalDate;
import java.time.ZoneId;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.report.JobRun;
import no.followup.registry.application.report.JobStartException;
import no.followup.registry.application.report.JobStatus;
import no.followup.registry.application.report.JobsBusyException;
import no.followup.registry.application.report.ReportJobs;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' report jobs: the list to start from with the latest runs, and one run's page,
 * whose steps and counts ask again every two seconds (htmx) until the run has ended.
 */
@Controller
class JobPages {

  private static final int RUNS_SHOWN = 25;
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final ReportJobs jobs;

  JobPages(ReportJobs jobs) {
    this.jobs = jobs;
  }

  @GetMapping("/jobs")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String jobs(Actor actor, Model model) {
    model.addAttribute("jobs", jobs.reports());
    model.addAttribute("runs", jobs.recent(actor, RUNS_SHOWN));
    model.addAttribute("today", LocalDate.now(OSLO));
    model.addAttribute("zone", OSLO);
    return "jobs/jobs";
  }

  @PostMapping("/jobs/{jobName}/executions")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String start(
      Actor actor,
      @PathVariable String jobName,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      RedirectAttributes redirect) {
    if (asOf == null) {
      redirect.addFlashAttribute("refused", "jobs.asOf.required");
      return "redirect:/jobs";
    }
    try {
      return "redirect:/jobs/executions/" + jobs.start(actor, jobName, asOf);
    } catch (JobsBusyException | JobStartException e) {
      redirect.addFlashAttribute("refused", "jobs.busy");
      return "redirect:/jobs";
    }
  }

  @GetMapping("/jobs/executions/{executionId}")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String run(Actor actor, @PathVariable long executionId, Model model) {
    return runPage(actor, executionId, model, "jobs/run");
  }

  /** The run's state alone: what its page asks for while the run is under way. */
  @GetMapping("/jobs/executions/{executionId}/progress")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String progress(Actor actor, @PathVariable long executionId, Model model) {
    return runPage(actor, executionId, model, "jobs/run :: progress");
  }

  @PostMapping("/jobs/executions/{executionId}/restart")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String restart(Actor actor, @PathVariable long executionId, RedirectAttributes redirect) {
    try {
      return "redirect:/jobs/executions/" + jobs.restart(actor, executionId);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("refused", "jobs.notRestartable");
    } catch (JobsBusyException | JobStartException e) {
      redirect.addFlashAttribute("refused", "jobs.busy");
    }
    return "redirect:/jobs/executions/" + executionId;
  }

  private String runPage(Actor actor, long executionId, Model model, String view) {
    JobRun run = jobs.execution(actor, executionId);
    model.addAttribute("run", run);
    model.addAttribute("zone", OSLO);
    model.addAttribute(
        "underWay",
        run.status() == JobStatus.STARTING
            || run.status() == JobStatus.STARTED
            || run.status() == JobStatus.STOPPING);
    model.addAttribute(
        "restartable", run.status() == JobStatus.FAILED || run.status() == JobStatus.STOPPED);
    return view;
  }
}
