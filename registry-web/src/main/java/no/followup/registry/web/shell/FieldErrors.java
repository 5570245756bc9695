package no.followup.registry.web.shell;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import no.followup.registry.domain.shared.Violation;
import org.springframework.validation.BindingResult;

/**
 * The domain's rule violations next to the form fields they concern, in the person's language: the
 * message is looked up as {@code rule.<code>.<field>}, then {@code rule.<code>}, and falls back to
 * the domain's own (English) text. A violation of a field the form does not show is reported for
 * the form as a whole.
 */
public final class FieldErrors {

  private FieldErrors() {}

  /**
   * @param formFields the fields the form shows
   * @param formField the form's name of a domain field (most are the same)
   */
  public static void show(
      List<Violation> violations,
      BindingResult form,
      Set<String> formFields,
      UnaryOperator<String> formField) {
    for (Violation violation : violations) {
      String field = formField.apply(violation.field());
      String code = "rule." + violation.rule();
      if (formFields.contains(field)) {
        form.rejectValue(field, code, null, violation.message());
      } else {
        form.reject(code, null, violation.message());
      }
    }
  }
}
