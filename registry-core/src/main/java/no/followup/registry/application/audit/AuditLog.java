package no.followup.registry.application.audit;

import java.util.List;
import java.util.UUID;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit rows of the use cases, in their transaction: a write and its audit row commit
 * together or not at all. Values are JSON of the domain records, which hold no national ID.
 */
@Component
public class AuditLog {

  private final AuditTrail trail;
  private final RegistryClock clock;
  private final JsonMapper json = JsonMapper.builder().build();

  public AuditLog(AuditTrail trail, RegistryClock clock) {
    this.trail = trail;
    this.clock = clock;
  }

  public void created(
      Actor actor, String entityType, UUID entityId, UUID participantId, Object newValue) {
    trail.append(
        List.of(
            entry(
                actor, "CREATE", entityType, entityId, participantId, null, null, json(newValue))));
  }

  public void changed(
      Actor actor,
      String action,
      String entityType,
      UUID entityId,
      UUID participantId,
      String reason,
      Object oldValue,
      Object newValue) {
    trail.append(
        List.of(
            entry(
                actor,
                action,
                entityType,
                entityId,
                participantId,
                reason,
                json(oldValue),
                json(newValue))));
  }

  /** One row per patient whose data was read. */
  public void read(Actor actor, String entityType, List<UUID> participantIds) {
    if (participantIds.isEmpty()) {
      return;
    }
    trail.append(
        participantIds.stream()
            .distinct()
            .map(id -> entry(actor, "READ", entityType, null, id, null, null, null))
            .toList());
  }

  /** A read that concerns no single patient (the audit trail itself, a report). */
  public void readOther(Actor actor, String entityType, String what) {
    trail.append(
        List.of(
            new AuditEntry(
                clock.now(),
                actor.name(),
                actor.site().map(Object::toString).orElse(null),
                "READ",
                entityType,
                what,
                null,
                actor.purpose(),
                null,
                null,
                null)));
  }

  private AuditEntry entry(
      Actor actor,
      String action,
      String entityType,
      UUID entityId,
      UUID participantId,
      String reason,
      String oldValue,
      String newValue) {
    return new AuditEntry(
        clock.now(),
        actor.name(),
        actor.site().map(Object::toString).orElse(null),
        action,
        entityType,
        entityId == null ? null : entityId.toString(),
        participantId,
        actor.purpose(),
        reason,
        oldValue,
        newValue);
  }

  private String json(Object value) {
    return value == null ? null : json.writeValueAsString(value);
  }
}
