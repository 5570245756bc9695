package no.followup.registry.web.record;

import java.util.Locale;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.domain.lab.Analyte;
import no.followup.registry.domain.participant.ParticipantId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a lab result (liver, kidney and urine values, where ketamine's harms show). */
@Controller
class LabResultPages {

  private final Enrolments enrolments;
  private final ClinicalRecords records;
  private final RecordKinds kinds;
  private final RecordSaving saving;

  LabResultPages(
      Enrolments enrolments, ClinicalRecords records, RecordKinds kinds, RecordSaving saving) {
    this.enrolments = enrolments;
    this.records = records;
    this.kinds = kinds;
    this.saving = saving;
  }

  @GetMapping("/participants/{participantId}/lab-results/new")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String form(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") LabResultForm form,
      Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    return page(participantId, model);
  }

  @PostMapping("/participants/{participantId}/lab-results")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String save(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") LabResultForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    ParticipantId id = new ParticipantId(participantId);
    enrolments.ownEnrolment(actor, id);
    return saving
        .save(
            participantId,
            "saved.lab-result",
            () -> records.add(actor, id, kinds.labResults(), form::toRecord),
            binding,
            LabResultForm.FIELDS,
            redirect,
            locale)
        .orElseGet(() -> page(participantId, model));
  }

  @GetMapping("/participants/{participantId}/lab-results/{labResultId}/edit")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String correctionForm(
      Actor actor, @PathVariable UUID participantId, @PathVariable UUID labResultId, Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    showCurrent(actor, participantId, labResultId, model);
    model.addAttribute("recordId", labResultId);
    return page(participantId, model);
  }

  /** A correction names the version it was made from (see {@link RecordSaving#correct}). */
  @PostMapping("/participants/{participantId}/lab-results/{labResultId}")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String correct(
      Actor actor,
      @PathVariable UUID participantId,
      @PathVariable UUID labResultId,
      @ModelAttribute("form") LabResultForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    ParticipantId id = new ParticipantId(participantId);
    enrolments.ownEnrolment(actor, id);
    model.addAttribute("recordId", labResultId);
    return saving
        .correct(
            participantId,
            () ->
                records.correct(
                    actor,
                    id,
                    kinds.labResults(),
                    labResultId,
                    form.versionOrZero(),
                    form.getReason(),
                    form::toRecord),
            () -> showCurrent(actor, participantId, labResultId, model),
            binding,
            LabResultForm.FIELDS,
            model,
            redirect,
            locale)
        .orElseGet(() -> page(participantId, model));
  }

  private void showCurrent(Actor actor, UUID participantId, UUID labResultId, Model model) {
    model.addAttribute(
        "form",
        LabResultForm.of(
            records.get(actor, new ParticipantId(participantId), kinds.labResults(), labResultId)));
  }

  private static String page(UUID participantId, Model model) {
    model.addAttribute("participantId", participantId);
    model.addAttribute("analytes", Analyte.values());
    return "records/lab-result";
  }
}
