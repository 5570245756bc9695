package no.followup.registry.api.shared;

import java.net.URI;

/** A write's response before it is stored for replays: status, Location, ETag and body. */
public record Written<R>(int status, URI location, String etag, R body) {

  public static <R> Written<R> created(URI location, String etag, R body) {
    return new Written<>(201, location, etag, body);
  }

  public static <R> Written<R> accepted(URI location, R body) {
    return new Written<>(202, location, null, body);
  }

  public static <R> Written<R> ok(String etag, R body) {
    return new Written<>(200, null, etag, body);
  }
}
