package no.followup.registry.web.record;

import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEvent;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.Relatedness;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.study.AdverseEventTerm;
import no.followup.registry.domain.study.StudyDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Recording an adverse event; the terms of special interest are listed apart, first. */
@Controller
@RequestMapping("/participants/{participantId}/adverse-events")
class AdverseEventPages extends RecordPages<AdverseEventForm, AdverseEvent> {

  private final ParticipantsStudy studies;
  private final RecordKinds kinds;

  AdverseEventPages(
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
      @ModelAttribute("form") AdverseEventForm form,
      Model model) {
    return page(participantId, studies.of(actor, participantId), model);
  }

  @Override
  protected String savedMessage() {
    return "saved.adverse-event";
  }

  @Override
  protected RecordKind<AdverseEvent> kind() {
    return kinds.adverseEvents();
  }

  @Override
  protected AdverseEventForm formOf(Versioned<AdverseEvent> stored) {
    return AdverseEventForm.of(stored);
  }

  @Override
  protected Set<String> fields(Actor actor, UUID participantId, AdverseEventForm form) {
    return AdverseEventForm.FIELDS;
  }

  @Override
  protected String page(Actor actor, UUID participantId, Model model) {
    return page(participantId, studies.of(actor, participantId), model);
  }

  /** The study's terms, those of special interest apart and first, each group in its order. */
  private static String page(UUID participantId, StudyDefinition study, Model model) {
    model.addAttribute("participantId", participantId);
    model.addAttribute(
        "specialInterestTerms",
        study.adverseEventTerms().stream().filter(AdverseEventTerm::isSpecialInterest).toList());
    model.addAttribute(
        "otherTerms",
        study.adverseEventTerms().stream().filter(t -> !t.isSpecialInterest()).toList());
    model.addAttribute("relatedness", Relatedness.values());
    model.addAttribute("actions", ActionTaken.values());
    model.addAttribute("outcomes", AdverseEventOutcome.values());
    return "records/adverse-event";
  }
}
