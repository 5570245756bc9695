package no.followup.registry.api.problem;

import java.util.stream.Collectors;
import no.followup.registry.domain.shared.Violation;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the field and the rule of a body Jackson could not read, the same for a single request's
 * body and a bulk record's {@code data}. The offending value is never echoed back: it could be a
 * national ID number.
 */
public final class JsonErrors {

  private JsonErrors() {}

  static Violation violation(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
      return of(databind, "");
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return of(unknown, "");
    }
    if (cause != null
        && cause.getMessage() != null
        && cause.getMessage().toLowerCase(java.util.Locale.ROOT).contains("duplicate")) {
      return Violation.rejection("body", "duplicate-key", "the body repeats a field name");
    }
    return Violation.rejection(
        "body", "json", "the body must be well-formed JSON of this request's shape");
  }

  /**
   * The field and rule of a value Jackson could not read into its type.
   *
   * @param root where the read value sits in the request ({@code data} for a bulk record), or empty
   */
  public static Violation of(DatabindException e, String root) {
    String path = root.isEmpty() ? path(e) : (root + "." + path(e)).replace(".[", "[");
    if (e instanceof UnrecognizedPropertyException) {
      return Violation.rejection(path, "unknown-field", path + " is not a field of this request");
    }
    if (e instanceof InvalidFormatException invalid && !numberOrYesNoForText(invalid)) {
      return Violation.rejection(
          path, "format", path + " must be a valid " + typeName(invalid.getTargetType()));
    }
    if (e instanceof MismatchedInputException mismatched) {
      return Violation.rejection(
          path, "type", path + " must be a " + typeName(mismatched.getTargetType()));
    }
    return Violation.rejection(path, "format", path + " could not be read");
  }

  /** A number or true/false where text or a code belongs is the wrong JSON type, not a format. */
  private static boolean numberOrYesNoForText(InvalidFormatException invalid) {
    Object value = invalid.getValue();
    Class<?> target = invalid.getTargetType();
    boolean numericTarget =
        target != null && (target.isPrimitive() || Number.class.isAssignableFrom(target));
    return (value instanceof Number || value instanceof Boolean) && !numericTarget;
  }

  private static String path(DatabindException e) {
    return e.getPath().stream()
        .map(
            ref ->
                ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type == java.time.LocalDate.class) {
      return "date (YYYY-MM-DD)";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }
}
