package no.followup.registry.api.security;

import java.io.IOException;

/** A body passed the size limit while it was read (chunked bodies declare no length up front). */
public final class BodyTooLargeException extends IOException {

  private final long limit;

  BodyTooLargeException(long limit) {
    super("the body is larger than " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
