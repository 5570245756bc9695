package no.followup.registry.domain.shared;

import java.util.Objects;

/**
 * A stored record with its version: 1 when created, one more with every correction. The version is
 * the record's ETag; a correction names the version it corrects.
 */
public record Versioned<T>(T record, int version) {

  public Versioned {
    Objects.requireNonNull(record, "record");
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
  }
}
