package no.followup.registry.web.upload;

import java.util.List;
import no.followup.registry.application.submission.SubmissionCommand;
import no.followup.registry.application.submission.SubmissionItem;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;

/**
 * Turns uploaded rows into submission items: each row is bound to its record's form with the pages'
 * own conversions (decimal commas, ISO dates, the codes) and becomes the command its page's use
 * case runs. A cell that is not a number or a date is its row's rejection, named by its column.
 */
@Component
class UploadItems {

  private final ConversionService conversions;

  UploadItems(@Qualifier("mvcConversionService") ConversionService conversions) {
    this.conversions = conversions;
  }

  List<SubmissionItem> of(List<TemplateSheet<?>> sheets, List<UploadedRow> rows) {
    return rows.stream().map(row -> item(sheetOf(sheets, row), row)).toList();
  }

  private <F> SubmissionItem item(TemplateSheet<F> sheet, UploadedRow row) {
    SubmissionCommand command;
    try {
      command = sheet.command().of(row, bind(sheet, row));
    } catch (RecordRejectedException e) {
      command = new SubmissionCommand.Unreadable(e.violations());
    }
    return new SubmissionItem(row.ref(), sheet.name(), command);
  }

  private <F> F bind(TemplateSheet<F> sheet, UploadedRow row) {
    F form = sheet.newForm().get();
    DataBinder binder = new DataBinder(form, "form");
    binder.setConversionService(conversions);
    binder.setAllowedFields(sheet.formProperties().toArray(String[]::new));
    binder.bind(new MutablePropertyValues(sheet.formValues(row)));
    BindingResult result = binder.getBindingResult();
    if (result.hasFieldErrors()) {
      throw new RecordRejectedException(
          result.getFieldErrors().stream()
              .map(
                  error ->
                      Violation.rejection(
                          error.getField(),
                          "format",
                          error.getField() + " is not a valid value of its kind"))
              .toList());
    }
    return form;
  }

  @SuppressWarnings("unchecked")
  private static <F> TemplateSheet<F> sheetOf(List<TemplateSheet<?>> sheets, UploadedRow row) {
    return (TemplateSheet<F>)
        sheets.stream().filter(s -> s.name().equals(row.sheet())).findFirst().orElseThrow();
  }
}
