package no.followup.registry.web.upload;

/**
 * The uploaded file is not one the registry can read as its template; the page says why in the
 * person's language ({@code upload.invalid.<reason>}, with the arguments).
 */
class NotATemplateException extends RuntimeException {

  private final String reason;
  private final transient Object[] arguments;

  NotATemplateException(String reason, Object... arguments) {
    super("not a template: " + reason);
    this.reason = reason;
    this.arguments = arguments.clone();
  }

  /** Refused because the file could not be read at all; the cause says what POI met. */
  static NotATemplateException unreadable(Exception cause) {
    NotATemplateException refusal = new NotATemplateException("unreadable");
    refusal.initCause(cause);
    return refusal;
  }

  String messageKey() {
    return "upload.invalid." + reason;
  }

  Object[] arguments() {
    return arguments.clone();
  }
}
