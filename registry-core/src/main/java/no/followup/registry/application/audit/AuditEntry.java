package no.followup.registry.application.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What one audit row says. Values are JSON texts of the record before and after; they hold
 * pseudonymous data only (never the national ID number).
 *
 * @param actorSite the site the actor works for, or null for national actors (coordinators,
 *     auditors, researchers, jobs)
 */
public record AuditEntry(
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
    String newValue) {

  /** The chain group of the national actors, who belong to no site. */
  public static final String NATIONAL = "NATIONAL";

  public AuditEntry {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(entityType, "entityType");
    // PostgreSQL keeps microseconds; truncating here makes the hash of a row read back identical.
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** Each site has its own chains, so sites never wait for each other's audit writes. */
  public String chainGroup() {
    return actorSite == null ? NATIONAL : actorSite;
  }
}
