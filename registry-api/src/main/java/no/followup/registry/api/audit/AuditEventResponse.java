package no.followup.registry.api.audit;

import java.time.Instant;
import java.util.UUID;

/** One audit row: who, from which site, when, what, to which record and patient, why. */
public record AuditEventResponse(
    String chain,
    long seq,
    Instant occurredAt,
    String actor,
    String actorSite,
    String action,
    String entityType,
    String entityId,
    UUID participantId,
    String purpose,
    String reason,
    String oldValue,
    String newValue) {}
