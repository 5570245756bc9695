package no.followup.registry.web.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.treatment.TreatmentCourses;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.study.EpisodeKind;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starting the next episode of a participant's treatment: maintenance or a new series, with what
 * follows said before it is confirmed (after an ended treatment, infusions are taken again).
 */
@Controller
class TreatmentEpisodePages {

  private static final Set<String> FIELDS = Set.of("kind", "startDate");
  private static final List<EpisodeKind> LATER_KINDS =
      List.of(EpisodeKind.MAINTENANCE, EpisodeKind.RETREATMENT);

  private final Enrolments enrolments;
  private final TreatmentCourses courses;

  TreatmentEpisodePages(Enrolments enrolments, TreatmentCourses courses) {
    this.enrolments = enrolments;
    this.courses = courses;
  }

  /** The next episode's kind and first day. */
  public static class EpisodeForm {
    private String kind;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public LocalDate getStartDate() {
      return startDate;
    }

    public void setStartDate(LocalDate startDate) {
      this.startDate = startDate;
    }
  }

  @GetMapping("/participants/{participantId}/treatment-episodes/new")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String form(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") EpisodeForm form,
      Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    return page(participantId, model);
  }

  @PostMapping("/participants/{participantId}/treatment-episodes")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String start(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") EpisodeForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    ParticipantId id = new ParticipantId(participantId);
    enrolments.ownEnrolment(actor, id);
    if (!binding.hasErrors()) {
      try {
        courses.start(actor, id, kindOf(form.getKind()), form.getStartDate());
        redirect.addFlashAttribute("saved", "saved.treatment-episode");
        return "redirect:/participants/" + participantId;
      } catch (RecordRejectedException e) {
        FieldErrors.show(e.violations(), binding, FIELDS, field -> field);
      }
    }
    return page(participantId, model);
  }

  /** The kind chosen, or none (an empty or unknown choice is "required"). */
  private static EpisodeKind kindOf(String chosen) {
    return LATER_KINDS.stream().filter(k -> k.name().equals(chosen)).findFirst().orElse(null);
  }

  private static String page(UUID participantId, Model model) {
    model.addAttribute("participantId", participantId);
    model.addAttribute("kinds", LATER_KINDS);
    return "participants/episode";
  }
}
