package no.followup.registry.api.safety;

import java.time.Instant;
import java.util.UUID;

/**
 * A safety signal: which participant, what kind, when, the record that raised it, and where its
 * triage stands.
 */
public record SafetySignalResponse(
    UUID id,
    UUID participantId,
    String site,
    String kind,
    Instant raisedAt,
    String source,
    UUID sourceId,
    String detail,
    TriageResponse triage) {}
