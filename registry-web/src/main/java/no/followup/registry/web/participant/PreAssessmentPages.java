package no.followup.registry.web.participant;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.participant.PreAssessments;
import no.followup.registry.domain.participant.Eligibility;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.web.shell.FieldErrors;
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
 * The pre-assessment on its own page: given after enrolment, or corrected with a reason (the form
 * then starts from the stored values).
 */
@Controller
class PreAssessmentPages {

  private static final Set<String> FIELDS =
      java.util.stream.Stream.concat(
              EnrolmentForm.EligibilityForm.FIELDS.stream(), java.util.stream.Stream.of("reason"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final Enrolments enrolments;
  private final PreAssessments preAssessments;

  PreAssessmentPages(Enrolments enrolments, PreAssessments preAssessments) {
    this.enrolments = enrolments;
    this.preAssessments = preAssessments;
  }

  /** The facts, and the reason when they replace earlier ones. */
  public static class PreAssessmentForm {
    private EnrolmentForm.EligibilityForm eligibility = new EnrolmentForm.EligibilityForm();
    private String reason;

    public EnrolmentForm.EligibilityForm getEligibility() {
      return eligibility;
    }

    public void setEligibility(EnrolmentForm.EligibilityForm eligibility) {
      this.eligibility = eligibility;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  @GetMapping("/participants/{participantId}/eligibility")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String form(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") PreAssessmentForm form,
      Model model) {
    Enrolment enrolment = enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    enrolment.eligibility().map(EnrolmentForm.EligibilityForm::of).ifPresent(form::setEligibility);
    return page(enrolment, model);
  }

  @PostMapping("/participants/{participantId}/eligibility")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String record(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") PreAssessmentForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    ParticipantId id = new ParticipantId(participantId);
    Enrolment enrolment = enrolments.ownEnrolment(actor, id);
    if (!binding.hasErrors()) {
      try {
        preAssessments.record(actor, id, form.getEligibility().toFacts(), form.getReason());
        redirect.addFlashAttribute("saved", "saved.eligibility");
        return "redirect:/participants/" + participantId;
      } catch (RecordRejectedException e) {
        FieldErrors.show(e.violations(), binding, FIELDS, field -> field);
      }
    }
    return page(enrolment, model);
  }

  private static String page(Enrolment enrolment, Model model) {
    model.addAttribute("participantId", enrolment.participantId().value());
    model.addAttribute("correcting", enrolment.eligibility().isPresent());
    model.addAttribute("answers", List.of(true, false));
    model.addAttribute("substanceUses", Eligibility.SubstanceUse.values());
    return "participants/eligibility";
  }
}
