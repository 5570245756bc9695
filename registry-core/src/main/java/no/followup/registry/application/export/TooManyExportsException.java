package no.followup.registry.application.export;

/** The user already has as many exports queued or running as one user may. */
public class TooManyExportsException extends RuntimeException {

  private final int limit;

  public TooManyExportsException(int limit) {
    super("you have " + limit + " exports queued or running; wait for one to finish");
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }
}
