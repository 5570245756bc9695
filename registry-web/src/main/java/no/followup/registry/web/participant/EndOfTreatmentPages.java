package no.followup.registry.web.participant;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.FollowUpEnd;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.RecordRejectedException;
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
 * The three ways a participant's course ends at a site, each with its consequences said before it
 * is confirmed: treatment ended (no later infusion; follow-up visits go on), follow-up ended
 * (death, lost, moved abroad: later visits not expected, nothing later accepted) and consent
 * withdrawn (no further data at all; what is recorded stays).
 */
@Controller
class EndOfTreatmentPages {

  private static final Set<String> FIELDS = Set.of("date", "reason", "deathCause");
  private static final String END_OF_FOLLOW_UP = "end-of-follow-up";

  private final Enrolments enrolments;

  EndOfTreatmentPages(Enrolments enrolments) {
    this.enrolments = enrolments;
  }

  /**
   * The form of each change: the date and the reason (free text or one of the listed); for an end
   * of follow-up by death, its cause.
   */
  public static class EndForm {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private String reason;

    private String deathCause;

    public String getDeathCause() {
      return deathCause;
    }

    public void setDeathCause(String deathCause) {
      this.deathCause = deathCause;
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  @GetMapping("/participants/{participantId}/discontinuation")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String discontinuationForm(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") EndForm form,
      Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    return page("discontinuation", participantId, model);
  }

  @PostMapping("/participants/{participantId}/discontinuation")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String discontinue(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") EndForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    ParticipantId id = new ParticipantId(participantId);
    return change(
        "discontinuation",
        id,
        () ->
            enrolments.discontinue(
                actor, id, form.getDate(), codeOf(Discontinuation.Reason.class, form.getReason())),
        actor,
        binding,
        model,
        redirect);
  }

  @GetMapping("/participants/{participantId}/end-of-follow-up")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String endOfFollowUpForm(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") EndForm form,
      Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    return page(END_OF_FOLLOW_UP, participantId, model);
  }

  @PostMapping("/participants/{participantId}/end-of-follow-up")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String endFollowUp(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") EndForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    ParticipantId id = new ParticipantId(participantId);
    return change(
        END_OF_FOLLOW_UP,
        id,
        () ->
            enrolments.endFollowUp(
                actor,
                id,
                form.getDate(),
                codeOf(FollowUpEnd.Reason.class, form.getReason()),
                codeOf(FollowUpEnd.DeathCause.class, form.getDeathCause())),
        actor,
        binding,
        model,
        redirect);
  }

  @GetMapping("/participants/{participantId}/withdrawal")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String withdrawalForm(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") EndForm form,
      Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    return page("withdrawal", participantId, model);
  }

  @PostMapping("/participants/{participantId}/withdrawal")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String withdraw(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") EndForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    ParticipantId id = new ParticipantId(participantId);
    return change(
        "withdrawal",
        id,
        () -> enrolments.withdraw(actor, id, form.getDate(), form.getReason()),
        actor,
        binding,
        model,
        redirect);
  }

  /** Either change: refused ones come back with their errors, a done one shows the participant. */
  private String change(
      String change,
      ParticipantId id,
      Runnable action,
      Actor actor,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    enrolments.ownEnrolment(actor, id);
    if (!binding.hasErrors()) {
      try {
        action.run();
        redirect.addFlashAttribute("saved", "saved." + change);
        return "redirect:/participants/" + id.value();
      } catch (RecordRejectedException e) {
        FieldErrors.show(e.violations(), binding, FIELDS, field -> field);
      } catch (ConflictException e) {
        binding.reject("conflict." + e.code(), e.getMessage());
      }
    }
    return page(change, id.value(), model);
  }

  /** The code chosen in a list, or none (an empty or unknown choice is "required"). */
  private static <E extends Enum<E>> E codeOf(Class<E> codes, String chosen) {
    try {
      return chosen == null || chosen.isBlank() ? null : Enum.valueOf(codes, chosen);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String page(String change, UUID participantId, Model model) {
    model.addAttribute("participantId", participantId);
    model.addAttribute("change", change);
    model.addAttribute(
        "reasons",
        change.equals(END_OF_FOLLOW_UP)
            ? FollowUpEnd.Reason.values()
            : Discontinuation.Reason.values());
    model.addAttribute("deathCauses", FollowUpEnd.DeathCause.values());
    return "participants/end";
  }
}
