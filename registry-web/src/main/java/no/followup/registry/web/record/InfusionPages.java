package no.followup.registry.web.record;

import java.util.Locale;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Route;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording an infusion at the site's own enrolment, and correcting one with a reason. */
@Controller
class InfusionPages {

  private final Enrolments enrolments;
  private final ClinicalRecords records;
  private final RecordKinds kinds;
  private final RecordSaving saving;

  InfusionPages(
      Enrolments enrolments, ClinicalRecords records, RecordKinds kinds, RecordSaving saving) {
    this.enrolments = enrolments;
    this.records = records;
    this.kinds = kinds;
    this.saving = saving;
  }

  @GetMapping("/participants/{participantId}/infusions/new")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String form(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") InfusionForm form,
      Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    return page(participantId, model);
  }

  @PostMapping("/participants/{participantId}/infusions")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String save(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") InfusionForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    ParticipantId id = new ParticipantId(participantId);
    enrolments.ownEnrolment(actor, id);
    return saving
        .save(
            participantId,
            "saved.infusion",
            () -> records.add(actor, id, kinds.infusions(), form::toRecord),
            binding,
            InfusionForm.FIELDS,
            redirect,
            locale)
        .orElseGet(() -> page(participantId, model));
  }

  @GetMapping("/participants/{participantId}/infusions/{infusionId}/edit")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String correctionForm(
      Actor actor, @PathVariable UUID participantId, @PathVariable UUID infusionId, Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    showCurrent(actor, participantId, infusionId, model);
    model.addAttribute("recordId", infusionId);
    return page(participantId, model);
  }

  /** A correction names the version it was made from (see {@link RecordSaving#correct}). */
  @PostMapping("/participants/{participantId}/infusions/{infusionId}")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String correct(
      Actor actor,
      @PathVariable UUID participantId,
      @PathVariable UUID infusionId,
      @ModelAttribute("form") InfusionForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    ParticipantId id = new ParticipantId(participantId);
    enrolments.ownEnrolment(actor, id);
    model.addAttribute("recordId", infusionId);
    return saving
        .correct(
            participantId,
            () ->
                records.correct(
                    actor,
                    id,
                    kinds.infusions(),
                    infusionId,
                    form.versionOrZero(),
                    form.getReason(),
                    form::toRecord),
            () -> showCurrent(actor, participantId, infusionId, model),
            binding,
            InfusionForm.FIELDS,
            model,
            redirect,
            locale)
        .orElseGet(() -> page(participantId, model));
  }

  private void showCurrent(Actor actor, UUID participantId, UUID infusionId, Model model) {
    model.addAttribute(
        "form",
        InfusionForm.of(
            records.get(actor, new ParticipantId(participantId), kinds.infusions(), infusionId)));
  }

  private static String page(UUID participantId, Model model) {
    model.addAttribute("participantId", participantId);
    model.addAttribute("drugs", Drug.values());
    model.addAttribute("routes", Route.values());
    return "records/infusion";
  }
}
