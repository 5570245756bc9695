package no.followup.registry.api.safety;

import java.time.Instant;
import no.followup.registry.domain.safety.Causality;
import no.followup.registry.domain.safety.Expectedness;
import no.followup.registry.domain.safety.SignalAction;
import no.followup.registry.domain.safety.SignalState;
import no.followup.registry.domain.safety.SignalTriage;

/**
 * Where a signal's triage stands: its state and, once closed, the conclusion; who took the last
 * step and when ({@code by} is absent while the signal is new, {@code at} is then when it was
 * raised).
 */
public record TriageResponse(
    SignalState state,
    Causality causality,
    Expectedness expectedness,
    SignalAction action,
    String comment,
    String by,
    Instant at) {

  static TriageResponse of(SignalTriage triage) {
    return new TriageResponse(
        triage.state(),
        triage.causality().orElse(null),
        triage.expectedness().orElse(null),
        triage.action().orElse(null),
        triage.comment().orElse(null),
        triage.by(),
        triage.at());
  }
}
