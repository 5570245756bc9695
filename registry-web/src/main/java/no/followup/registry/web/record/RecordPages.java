package no.followup.registry.web.record;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.Versioned;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording and correcting a record, the same for every kind: a new record saved with its protocol
 * warnings shown; a stored one corrected from the form filled with its values, a reason required,
 * and a change someone else made meanwhile not overwritten (the form comes back with the current
 * values). Each kind's pages map its collection under the participant ({@code
 * /participants/{participantId}/<kind>}), open its blank form, and lay the form out.
 */
abstract class RecordPages<F extends CorrectableForm<T>, T extends EnrolmentRecord> {

  protected final Enrolments enrolments;
  protected final ClinicalRecords records;
  protected final RecordSaving saving;

  RecordPages(Enrolments enrolments, ClinicalRecords records, RecordSaving saving) {
    this.enrolments = enrolments;
    this.records = records;
    this.saving = saving;
  }

  protected abstract RecordKind<T> kind();

  /** The message shown once a new record is saved ({@code saved.<kind>}). */
  protected abstract String savedMessage();

  /** The form filled with the stored record. */
  protected abstract F formOf(Versioned<T> stored);

  /** The fields the form shows, where the rules' violations go. */
  protected abstract Set<String> fields(Actor actor, UUID participantId, F form);

  /** The form's page, the form being the model's {@code form}. */
  protected abstract String page(Actor actor, UUID participantId, Model model);

  @PostMapping
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String save(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") F form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    ParticipantId id = new ParticipantId(participantId);
    enrolments.ownEnrolment(actor, id);
    return saving
        .save(
            participantId,
            savedMessage(),
            () -> records.add(actor, id, kind(), form::toRecord),
            binding,
            fields(actor, participantId, form),
            redirect,
            locale)
        .orElseGet(() -> page(actor, participantId, model));
  }

  @GetMapping("/{recordId}/edit")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String correctionForm(
      Actor actor, @PathVariable UUID participantId, @PathVariable UUID recordId, Model model) {
    enrolments.ownEnrolment(actor, new ParticipantId(participantId));
    showCurrent(actor, participantId, recordId, model);
    model.addAttribute("recordId", recordId);
    return page(actor, participantId, model);
  }

  /** A correction names the version it was made from (see {@link RecordSaving#correct}). */
  @PostMapping("/{recordId}")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String correct(
      Actor actor,
      @PathVariable UUID participantId,
      @PathVariable UUID recordId,
      @ModelAttribute("form") F form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    ParticipantId id = new ParticipantId(participantId);
    enrolments.ownEnrolment(actor, id);
    model.addAttribute("recordId", recordId);
    return saving
        .correct(
            participantId,
            () ->
                records.correct(
                    actor,
                    id,
                    kind(),
                    recordId,
                    form.versionOrZero(),
                    form.getReason(),
                    form::toRecord),
            () -> showCurrent(actor, participantId, recordId, model),
            binding,
            fields(actor, participantId, form),
            model,
            redirect,
            locale)
        .orElseGet(() -> page(actor, participantId, model));
  }

  private void showCurrent(Actor actor, UUID participantId, UUID recordId, Model model) {
    model.addAttribute(
        "form", formOf(records.get(actor, new ParticipantId(participantId), kind(), recordId)));
  }
}
