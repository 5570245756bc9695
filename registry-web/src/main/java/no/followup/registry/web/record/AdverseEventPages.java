package no.followup.registry.web.record;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.AdverseEventTerm;
import no.followup.registry.domain.safety.Relatedness;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording an adverse event; the terms of special interest are listed apart, first. */
@Controller
class AdverseEventPages {

  private final Enrolments enrolments;
  private final ClinicalRecords records;
  private final RecordKinds kinds;
  private final RecordSaving saving;

  AdverseEventPages(
      Enrolments enrolments, ClinicalRecords records, RecordKinds kinds, RecordSaving saving) {
    this.enrolments = enrolments;
    this.records = records;
    this.kinds = kinds;
    this.saving = saving;
  }

  @GetMapping("/participants/{participantId}/adverse-events/new")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String form(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") AdverseEventForm form,
      Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    return page(participantId, model);
  }

  @PostMapping("/participants/{participantId}/adverse-events")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String save(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") AdverseEventForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    ParticipantId id = new ParticipantId(participantId);
    enrolments.ownEnrolment(actor, id);
    return saving
        .save(
            participantId,
            "saved.adverse-event",
            () -> records.add(actor, id, kinds.adverseEvents(), form::toRecord),
            binding,
            AdverseEventForm.FIELDS,
            redirect,
            locale)
        .orElseGet(() -> page(participantId, model));
  }

  @GetMapping("/participants/{participantId}/adverse-events/{adverseEventId}/edit")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String correctionForm(
      Actor actor,
      @PathVariable UUID participantId,
      @PathVariable UUID adverseEventId,
      Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    showCurrent(actor, participantId, adverseEventId, model);
    model.addAttribute("recordId", adverseEventId);
    return page(participantId, model);
  }

  /** A correction names the version it was made from (see {@link RecordSaving#correct}). */
  @PostMapping("/participants/{participantId}/adverse-events/{adverseEventId}")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String correct(
      Actor actor,
      @PathVariable UUID participantId,
      @PathVariable UUID adverseEventId,
      @ModelAttribute("form") AdverseEventForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    ParticipantId id = new ParticipantId(participantId);
    enrolments.ownEnrolment(actor, id);
    model.addAttribute("recordId", adverseEventId);
    return saving
        .correct(
            participantId,
            () ->
                records.correct(
                    actor,
                    id,
                    kinds.adverseEvents(),
                    adverseEventId,
                    form.versionOrZero(),
                    form.getReason(),
                    form::toRecord),
            () -> showCurrent(actor, participantId, adverseEventId, model),
            binding,
            AdverseEventForm.FIELDS,
            model,
            redirect,
            locale)
        .orElseGet(() -> page(participantId, model));
  }

  private void showCurrent(Actor actor, UUID participantId, UUID adverseEventId, Model model) {
    model.addAttribute(
        "form",
        AdverseEventForm.of(
            records.get(
                actor, new ParticipantId(participantId), kinds.adverseEvents(), adverseEventId)));
  }

  private static String page(UUID participantId, Model model) {
    model.addAttribute("participantId", participantId);
    model.addAttribute(
        "specialInterestTerms",
        Arrays.stream(AdverseEventTerm.values())
            .filter(AdverseEventTerm::isSpecialInterest)
            .toList());
    model.addAttribute(
        "otherTerms",
        Arrays.stream(AdverseEventTerm.values())
            .filter(t -> !t.isSpecialInterest())
            .sorted(Comparator.comparing(t -> t == AdverseEventTerm.OTHER))
            .toList());
    model.addAttribute("relatedness", Relatedness.values());
    model.addAttribute("actions", ActionTaken.values());
    model.addAttribute("outcomes", AdverseEventOutcome.values());
    return "records/adverse-event";
  }
}
