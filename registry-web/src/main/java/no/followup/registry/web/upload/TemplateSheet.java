package no.followup.registry.web.upload;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.followup.registry.application.submission.SubmissionCommand;

/**
 * One sheet of the template: a record kind, its columns, the form a row fills, and how a filled
 * form is stored.
 *
 * @param name the sheet's name, also the record's type in the receipt (as in the bulk API)
 */
record TemplateSheet<F>(
    String name, List<TemplateColumn> columns, Supplier<F> newForm, RowCommand<F> command) {

  /** What a row's bound form asks for: the command its page's use case runs. */
  @FunctionalInterface
  interface RowCommand<F> {
    SubmissionCommand of(UploadedRow row, F form);
  }

  TemplateSheet {
    columns = List.copyOf(columns);
  }

  List<String> headers() {
    return columns.stream().map(TemplateColumn::header).toList();
  }

  /**
   * Whether these headers are this sheet's: each one of its columns, once, and every column it
   * cannot do without.
   */
  boolean hasColumns(List<String> found) {
    return new java.util.HashSet<>(found).size() == found.size()
        && found.stream().allMatch(header -> column(header).isPresent())
        && columns.stream()
            .filter(column -> !column.optional())
            .allMatch(column -> found.contains(column.header()));
  }

  Optional<TemplateColumn> column(String header) {
    return columns.stream().filter(c -> c.header().equals(header)).findFirst();
  }

  /** The row's cells by the form property they fill. */
  Map<String, String> formValues(UploadedRow row) {
    return columns.stream()
        .filter(TemplateColumn::bound)
        .filter(c -> row.cell(c.header()) != null)
        .collect(Collectors.toMap(TemplateColumn::property, c -> row.cell(c.header())));
  }

  Set<String> formProperties() {
    return columns.stream()
        .filter(TemplateColumn::bound)
        .map(TemplateColumn::property)
        .collect(Collectors.toSet());
  }

  /**
   * The column a rule's field names: the field is a form property, or the participant the rules
   * call {@code participantId}; anything else (the record as a whole) names no column.
   */
  Optional<String> headerOf(String field) {
    if (field.equals("participantId")) {
      return Optional.of(TemplateColumn.PARTICIPANT);
    }
    return columns.stream()
        .filter(c -> field.equals(c.property()))
        .map(TemplateColumn::header)
        .findFirst();
  }
}
