package no.followup.registry.application.record;

import java.util.List;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.shared.Violation;

/**
 * A record as stored, with the warnings its rules gave (protocol limits passed, visit out of
 * window).
 */
public record Saved<T>(Versioned<T> stored, List<Violation> warnings) {

  public Saved {
    warnings = List.copyOf(warnings);
  }
}
