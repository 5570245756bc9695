package no.followup.registry.application.idempotency;

/** A request's idempotency key cannot be honoured as sent. */
public class IdempotencyException extends RuntimeException {

  /** Why. */
  public enum Reason {
    /** A request with this key is still being processed. */
    IN_PROGRESS,
    /** The key was used before with another request. */
    KEY_REUSED
  }

  private final Reason reason;

  public IdempotencyException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
