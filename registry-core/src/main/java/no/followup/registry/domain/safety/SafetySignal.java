package no.followup.registry.domain.safety;

import java.time.Instant;
import java.util.UUID;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.site.SiteCode;

/**
 * A signal for the coordinator, raised once per kind and source record.
 *
 * @param sourceType the kind of record that raised it ({@code adverse-event}, {@code infusion}, …)
 * @param detail what was seen, in words, without identifiers
 */
public record SafetySignal(
    UUID id,
    ParticipantId participantId,
    SiteCode site,
    SignalKind kind,
    String sourceType,
    UUID sourceId,
    Instant raisedAt,
    String detail) {}
