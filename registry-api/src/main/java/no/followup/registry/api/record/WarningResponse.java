package no.followup.registry.api.record;

import java.util.List;
import no.followup.registry.domain.shared.Violation;

/** A rule the record passed only with a warning (a protocol limit, a visit outside its window). */
public record WarningResponse(String field, String rule, String message) {

  public static List<WarningResponse> of(List<Violation> warnings) {
    return warnings.stream()
        .map(w -> new WarningResponse(w.field(), w.rule(), w.message()))
        .toList();
  }
}
