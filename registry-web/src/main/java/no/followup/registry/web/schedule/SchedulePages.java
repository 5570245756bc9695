package no.followup.registry.web.schedule;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.report.ReportJobs;
import no.followup.registry.application.schedule.ReportSchedule;
import no.followup.registry.application.schedule.ReportSchedules;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' report schedules: each with its next three times in Norwegian time, paused or
 * not; a form that makes one from a time of day and a repetition (or a cron expression).
 */
@Controller
class SchedulePages {

  private static final int NEXT_SHOWN = 3;

  private final ReportSchedules schedules;
  private final ReportJobs jobs;

  SchedulePages(ReportSchedules schedules, ReportJobs jobs) {
    this.schedules = schedules;
    this.jobs = jobs;
  }

  @GetMapping("/schedules")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String schedules(Actor actor, Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new ScheduleForm());
    }
    Map<ReportSchedule, List<ZonedDateTime>> next = new LinkedHashMap<>();
    schedules.list(actor).forEach(s -> next.put(s, schedules.nextFirings(s, NEXT_SHOWN)));
    model.addAttribute("schedules", next);
    model.addAttribute("jobs", jobs.reports());
    model.addAttribute("repeats", ScheduleForm.Repeat.values());
    model.addAttribute("zone", RegistryClock.NORWAY);
    return "schedules/schedules";
  }

  @PostMapping("/schedules")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String create(
      Actor actor, @ModelAttribute("form") ScheduleForm form, RedirectAttributes redirect) {
    try {
      schedules.create(actor, form.getJobName(), form.cronExpression(), form.getAsOf());
      redirect.addFlashAttribute("saved", "schedules.saved");
    } catch (RecordRejectedException e) {
      redirect.addFlashAttribute("form", form);
      redirect.addFlashAttribute(
          "refusals", e.violations().stream().filter(Violation::rejects).toList());
    }
    return "redirect:/schedules";
  }

  @PostMapping("/schedules/{scheduleId}/pause")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String pause(
      Actor actor,
      @PathVariable UUID scheduleId,
      @RequestParam(defaultValue = "true") boolean paused,
      RedirectAttributes redirect) {
    schedules.pause(actor, scheduleId, paused);
    redirect.addFlashAttribute("saved", paused ? "schedules.paused" : "schedules.resumed");
    return "redirect:/schedules";
  }

  @PostMapping("/schedules/{scheduleId}/delete")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String delete(Actor actor, @PathVariable UUID scheduleId, RedirectAttributes redirect) {
    schedules.delete(actor, scheduleId);
    redirect.addFlashAttribute("saved", "schedules.deleted");
    return "redirect:/schedules";
  }
}
