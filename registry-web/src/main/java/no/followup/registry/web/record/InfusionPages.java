package no.followup.registry.web.record;

import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.Route;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Recording an infusion at the site's own enrolment, and correcting one with a reason. */
@Controller
@RequestMapping("/participants/{participantId}/infusions")
class InfusionPages extends RecordPages<InfusionForm, Infusion> {

  private final RecordKinds kinds;

  InfusionPages(
      Enrolments enrolments, ClinicalRecords records, RecordKinds kinds, RecordSaving saving) {
    super(enrolments, records, saving);
    this.kinds = kinds;
  }

  @GetMapping("/new")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String form(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") InfusionForm form,
      Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    return page(participantId, model);
  }

  @Override
  protected String savedMessage() {
    return "saved.infusion";
  }

  @Override
  protected RecordKind<Infusion> kind() {
    return kinds.infusions();
  }

  @Override
  protected InfusionForm formOf(Versioned<Infusion> stored) {
    return InfusionForm.of(stored);
  }

  @Override
  protected Set<String> fields(Actor actor, UUID participantId, InfusionForm form) {
    return InfusionForm.FIELDS;
  }

  @Override
  protected String page(Actor actor, UUID participantId, Model model) {
    return page(participantId, model);
  }

  private static String page(UUID participantId, Model model) {
    model.addAttribute("participantId", participantId);
    model.addAttribute("drugs", Drug.values());
    model.addAttribute("routes", Route.values());
    return "records/infusion";
  }
}
