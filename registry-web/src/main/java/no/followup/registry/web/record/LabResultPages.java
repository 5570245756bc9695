package no.followup.registry.web.record;

import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.domain.lab.Analyte;
import no.followup.registry.domain.lab.LabResult;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.Versioned;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Recording a lab result (liver, kidney and urine values, where ketamine's harms show). */
@Controller
@RequestMapping("/participants/{participantId}/lab-results")
class LabResultPages extends RecordPages<LabResultForm, LabResult> {

  private final RecordKinds kinds;

  LabResultPages(
      Enrolments enrolments, ClinicalRecords records, RecordKinds kinds, RecordSaving saving) {
    super(enrolments, records, saving);
    this.kinds = kinds;
  }

  @GetMapping("/new")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String form(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") LabResultForm form,
      Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    return page(participantId, model);
  }

  @Override
  protected String savedMessage() {
    return "saved.lab-result";
  }

  @Override
  protected RecordKind<LabResult> kind() {
    return kinds.labResults();
  }

  @Override
  protected LabResultForm formOf(Versioned<LabResult> stored) {
    return LabResultForm.of(stored);
  }

  @Override
  protected Set<String> fields(Actor actor, UUID participantId, LabResultForm form) {
    return LabResultForm.FIELDS;
  }

  @Override
  protected String page(Actor actor, UUID participantId, Model model) {
    return page(participantId, model);
  }

  private static String page(UUID participantId, Model model) {
    model.addAttribute("participantId", participantId);
    model.addAttribute("analytes", Analyte.values());
    return "records/lab-result";
  }
}
