package no.followup.registry.api.security;

/** A caller sent more than its share; it may retry after the seconds given. */
public class RateLimitedException extends RuntimeException {

  private final long retryAfterSeconds;

  public RateLimitedException(long retryAfterSeconds, String message) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
