package no.followup.registry.web.record;

import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.study.InstrumentDefinition;
import no.followup.registry.domain.study.StudyDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording a rating (MADRS, PHQ-9, …), the form laid out from the participant's study: its visits,
 * its instruments, each instrument's items and their range.
 */
@Controller
@RequestMapping("/participants/{participantId}/assessments")
class AssessmentPages extends RecordPages<AssessmentForm, Assessment> {

  private final ParticipantsStudy studies;
  private final RecordKinds kinds;

  AssessmentPages(
      Enrolments enrolments,
      ParticipantsStudy studies,
      ClinicalRecords records,
      RecordKinds kinds,
      RecordSaving saving) {
    super(enrolments, records, saving);
    this.studies = studies;
    this.kinds = kinds;
  }

  @GetMapping("/new")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String form(
      Actor actor,
      @PathVariable UUID participantId,
      @RequestParam(required = false) String instrument,
      @RequestParam(required = false) String visit,
      @ModelAttribute("form") AssessmentForm form,
      Model model) {
    StudyDefinition study = studies.of(actor, participantId);
    form.setInstrument(instrument(study, instrument).code());
    form.setVisit(visit);
    return page(participantId, study, form, model);
  }

  @Override
  protected String savedMessage() {
    return "saved.assessment";
  }

  @Override
  protected RecordKind<Assessment> kind() {
    return kinds.assessments();
  }

  @Override
  protected AssessmentForm formOf(Versioned<Assessment> stored) {
    return AssessmentForm.of(stored);
  }

  /** The instrument's items, as many as the study defines for it. */
  @Override
  protected Set<String> fields(Actor actor, UUID participantId, AssessmentForm form) {
    return AssessmentForm.fields(
        instrument(studies.of(actor, participantId), form.getInstrument()).itemCount());
  }

  @Override
  protected String page(Actor actor, UUID participantId, Model model) {
    return page(
        participantId,
        studies.of(actor, participantId),
        (AssessmentForm) model.getAttribute("form"),
        model);
  }

  /** The instrument asked for, or the study's first; one the study does not use is not found. */
  private static InstrumentDefinition instrument(StudyDefinition study, String code) {
    if (code == null || code.isBlank()) {
      return study.instruments().stream().findFirst().orElseThrow();
    }
    return study.instrument(code).orElseThrow(() -> new NotFoundException("instrument"));
  }

  private static String page(
      UUID participantId, StudyDefinition study, AssessmentForm form, Model model) {
    InstrumentDefinition instrument = instrument(study, form.getInstrument());
    form.sizeItems(instrument.itemCount());
    model.addAttribute("participantId", participantId);
    model.addAttribute("study", study);
    model.addAttribute("instrument", instrument);
    return "records/assessment";
  }
}
