package no.followup.registry.web.record;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.followup.registry.application.StaleVersionException;
import no.followup.registry.application.record.Saved;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.web.shell.FieldErrors;
import no.followup.registry.web.shell.RuleMessages;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every record form is saved: a form that does not bind, or a record the rules reject, comes
 * back with the errors at their fields; a saved one goes to the participant's page with its
 * protocol warnings in the person's language.
 */
@Component
class RecordSaving {

  private final RuleMessages ruleMessages;

  RecordSaving(RuleMessages ruleMessages) {
    this.ruleMessages = ruleMessages;
  }

  /**
   * @return the redirect to the participant's page, or empty to show the form again
   */
  Optional<String> save(
      UUID participantId,
      String savedMessage,
      Supplier<Saved<?>> save,
      BindingResult binding,
      Set<String> formFields,
      RedirectAttributes redirect,
      Locale locale) {
    if (binding.hasErrors()) {
      return Optional.empty();
    }
    try {
      Saved<?> saved = save.get();
      redirect.addFlashAttribute("saved", savedMessage);
      redirect.addFlashAttribute("warnings", ruleMessages.of(saved.warnings(), locale));
      return Optional.of("redirect:/participants/" + participantId);
    } catch (RecordRejectedException e) {
      FieldErrors.show(e.violations(), binding, formFields, field -> field);
      return Optional.empty();
    }
  }

  /**
   * A correction, saved as above; when someone else corrected the record meanwhile nothing is
   * stored, and the form comes back with the current values ({@code showCurrent}) and says so.
   */
  Optional<String> correct(
      UUID participantId,
      Supplier<Saved<?>> correction,
      Runnable showCurrent,
      BindingResult binding,
      Set<String> formFields,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      return save(
          participantId, "saved.correction", correction, binding, formFields, redirect, locale);
    } catch (StaleVersionException e) {
      showCurrent.run();
      model.addAttribute("changedMeanwhile", true);
      return Optional.empty();
    }
  }
}
