package no.followup.registry.api.safety;

import io.swagger.v3.oas.annotations.media.Schema;
import no.followup.registry.domain.safety.Causality;
import no.followup.registry.domain.safety.Expectedness;
import no.followup.registry.domain.safety.SignalAction;
import no.followup.registry.domain.safety.SignalState;

/**
 * A triage step: {@code UNDER_ASSESSMENT} takes a new signal up (or reopens a closed one, with the
 * reason in {@code comment}); {@code CLOSED} concludes it and needs {@code causality}, {@code
 * expectedness} and {@code action}.
 */
public record TriageRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SignalState state,
    Causality causality,
    Expectedness expectedness,
    SignalAction action,
    String comment) {}
