package no.followup.registry.application.audit;

import java.time.Instant;
import java.util.UUID;

/** A filter over the audit trail; a null field does not filter. {@code to} is exclusive. */
public record AuditQuery(UUID participant, String actor, Instant from, Instant to) {}
