package no.followup.registry.application.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit rows of the use cases in their transaction: a write and its audit rows commit
 * together or not at all. Values are JSON of the domain records, which hold no national ID.
 *
 * <p>Inside a transaction the rows are collected and appended just before commit, in one batch: the
 * site's chain head is then locked only for the last moment of the transaction, not for all of it,
 * so a site's concurrent writes barely wait for each other.
 */
@Component
public class AuditRecorder {

  private final AuditTrail trail;
  private final RegistryClock clock;
  private final JsonMapper json = JsonMapper.builder().build();

  public AuditRecorder(AuditTrail trail, RegistryClock clock) {
    this.trail = trail;
    this.clock = clock;
  }

  public void created(
      Actor actor, String entityType, UUID entityId, UUID participantId, Object newValue) {
    append(
        List.of(
            entry(
                actor,
                "CREATE",
                entityType,
                entityId.toString(),
                participantId,
                null,
                null,
                json(newValue))));
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
    append(
        List.of(
            entry(
                actor,
                action,
                entityType,
                entityId.toString(),
                participantId,
                reason,
                json(oldValue),
                json(newValue))));
  }

  /** One row per patient whose data was read. */
  public void read(Actor actor, String entityType, List<UUID> participantIds) {
    append(
        participantIds.stream()
            .distinct()
            .map(id -> entry(actor, "READ", entityType, null, id, null, null, null))
            .toList());
  }

  /** A read that concerns no single patient (the audit trail itself, a report). */
  public void readOther(Actor actor, String entityType, String what) {
    append(List.of(entry(actor, "READ", entityType, what, null, null, null, null)));
  }

  /**
   * How many rows wait for the current transaction's commit: a mark to {@link #discardFrom} later.
   */
  public int pending() {
    return TransactionSynchronizationManager.isSynchronizationActive() ? buffer().size() : 0;
  }

  /**
   * Forgets the rows collected since the mark, when a savepoint rolled back the writes they
   * describe.
   */
  public void discardFrom(int mark) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      List<AuditEntry> buffer = buffer();
      buffer.subList(Math.min(mark, buffer.size()), buffer.size()).clear();
    }
  }

  private void append(List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      buffer().addAll(entries);
    } else {
      trail.append(entries);
    }
  }

  @SuppressWarnings("unchecked")
  private List<AuditEntry> buffer() {
    Object bound = TransactionSynchronizationManager.getResource(this);
    if (bound != null) {
      return (List<AuditEntry>) bound;
    }
    List<AuditEntry> buffer = new ArrayList<>();
    TransactionSynchronizationManager.bindResource(this, buffer);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void beforeCommit(boolean readOnly) {
            if (!buffer.isEmpty()) {
              trail.append(List.copyOf(buffer));
            }
          }

          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditRecorder.this);
          }
        });
    return buffer;
  }

  private AuditEntry entry(
      Actor actor,
      String action,
      String entityType,
      String entityId,
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
        entityId,
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
