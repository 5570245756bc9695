package no.followup.registry.api.shared;

import java.net.URI;

/** A write's response before it is stored for replays: status, Location, ETag and body. */
public record WriteAnswer<R>(int status, URI location, String etag, R body) {

  public static <R> WriteAnswer<R> created(URI location, String etag, R body) {
    return new WriteAnswer<>(201, location, etag, body);
  }

  public static <R> WriteAnswer<R> accepted(URI location, R body) {
    return new WriteAnswer<>(202, location, null, body);
  }

  public static <R> WriteAnswer<R> ok(String etag, R body) {
    return new WriteAnswer<>(200, null, etag, body);
  }
}
