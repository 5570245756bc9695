package no.followup.registry.application.access;

/** The actor's role does not allow this action at all (as opposed to a record it may not see). */
public class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
