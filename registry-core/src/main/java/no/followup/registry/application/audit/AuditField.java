package no.followup.registry.application.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every field of an audit row once, in the order the hash takes them: the hash, the insert and the
 * read of a row all go through this list, so a field added to {@link AuditEntry} and forgotten here
 * fails {@code AuditHashTest} instead of falling outside the tamper evidence.
 */
public enum AuditField {
  OCCURRED_AT("occurred_at", Instant.class, AuditEntry::occurredAt),
  ACTOR("actor", String.class, AuditEntry::actor),
  ACTOR_SITE("actor_site", String.class, AuditEntry::actorSite),
  ACTION("action", String.class, AuditEntry::action),
  ENTITY_TYPE("entity_type", String.class, AuditEntry::entityType),
  ENTITY_ID("entity_id", String.class, AuditEntry::entityId),
  PARTICIPANT_ID("participant_id", UUID.class, AuditEntry::participantId),
  PURPOSE("purpose", String.class, AuditEntry::purpose),
  REASON("reason", String.class, AuditEntry::reason),
  OLD_VALUE("old_value", String.class, AuditEntry::oldValue),
  NEW_VALUE("new_value", String.class, AuditEntry::newValue);

  private final String column;
  private final Class<?> type;
  private final Function<AuditEntry, Object> value;

  AuditField(String column, Class<?> type, Function<AuditEntry, Object> value) {
    this.column = column;
    this.type = type;
    this.value = value;
  }

  /** The column of {@code audit_event} that holds it. */
  public String column() {
    return column;
  }

  public Object of(AuditEntry entry) {
    return value.apply(entry);
  }

  /** As the hash takes it: the value's text, or null. */
  String text(AuditEntry entry) {
    Object v = of(entry);
    return v == null ? null : v.toString();
  }

  /** The field's Java type, for reading it back. */
  public Class<?> type() {
    return type;
  }

  public static List<String> columns() {
    return Arrays.stream(values()).map(AuditField::column).toList();
  }

  /** The entry of the values read back, one per field in this order. */
  public static AuditEntry entry(Object[] values) {
    if (values.length != values().length) {
      throw new IllegalArgumentException("one value per audit field");
    }
    return new AuditEntry(
        (Instant) values[OCCURRED_AT.ordinal()],
        (String) values[ACTOR.ordinal()],
        (String) values[ACTOR_SITE.ordinal()],
        (String) values[ACTION.ordinal()],
        (String) values[ENTITY_TYPE.ordinal()],
        (String) values[ENTITY_ID.ordinal()],
        (UUID) values[PARTICIPANT_ID.ordinal()],
        (String) values[PURPOSE.ordinal()],
        (String) values[REASON.ordinal()],
        (String) values[OLD_VALUE.ordinal()],
        (String) values[NEW_VALUE.ordinal()]);
  }
}
