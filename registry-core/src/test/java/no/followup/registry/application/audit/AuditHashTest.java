package no.followup.registry.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The hash covers every field of an audit row: a field added to {@link AuditEntry} and left out of
 * {@link AuditHash} would fall outside the tamper evidence, and this test fails for it.
 */
class AuditHashTest {

  private static final AuditEntry ENTRY =
      new AuditEntry(
          Instant.parse("2026-12-03T10:15:30.123456Z"),
          "staff.ous",
          "OUS",
          "CREATE",
          "infusion",
          UUID.randomUUID().toString(),
          UUID.randomUUID(),
          "treatment",
          "a reason",
          "{\"dose\":0.5}",
          "{\"dose\":0.6}");

  @Test
  void changing_any_field_of_an_entry_changes_its_hash() throws Exception {
    byte[] original = AuditHash.of(AuditHash.GENESIS, "OUS:1", 7, ENTRY);

    for (RecordComponent field : AuditEntry.class.getRecordComponents()) {
      AuditEntry changed = withOneFieldChanged(field);

      assertThat(AuditHash.of(AuditHash.GENESIS, "OUS:1", 7, changed))
          .as("the hash covers %s", field.getName())
          .isNotEqualTo(original);
    }
  }

  @Test
  void the_chain_position_and_the_previous_hash_are_covered_too() {
    byte[] original = AuditHash.of(AuditHash.GENESIS, "OUS:1", 7, ENTRY);
    byte[] otherPrevious = new byte[32];
    otherPrevious[0] = 1;

    assertThat(AuditHash.of(otherPrevious, "OUS:1", 7, ENTRY)).isNotEqualTo(original);
    assertThat(AuditHash.of(AuditHash.GENESIS, "OUS:2", 7, ENTRY)).isNotEqualTo(original);
    assertThat(AuditHash.of(AuditHash.GENESIS, "OUS:1", 8, ENTRY)).isNotEqualTo(original);
  }

  @Test
  void an_absent_value_and_an_empty_one_hash_differently() {
    AuditEntry withoutReason =
        new AuditEntry(
            ENTRY.occurredAt(),
            ENTRY.actor(),
            ENTRY.actorSite(),
            ENTRY.action(),
            ENTRY.entityType(),
            ENTRY.entityId(),
            ENTRY.participantId(),
            ENTRY.purpose(),
            null,
            ENTRY.oldValue(),
            ENTRY.newValue());
    AuditEntry emptyReason =
        new AuditEntry(
            ENTRY.occurredAt(),
            ENTRY.actor(),
            ENTRY.actorSite(),
            ENTRY.action(),
            ENTRY.entityType(),
            ENTRY.entityId(),
            ENTRY.participantId(),
            ENTRY.purpose(),
            "",
            ENTRY.oldValue(),
            ENTRY.newValue());

    assertThat(AuditHash.of(AuditHash.GENESIS, "OUS:1", 7, withoutReason))
        .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, "OUS:1", 7, emptyReason));
  }

  /** The entry with one field set to another value of its type. */
  private static AuditEntry withOneFieldChanged(RecordComponent changed) throws Exception {
    RecordComponent[] fields = AuditEntry.class.getRecordComponents();
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      Object value = fields[i].getAccessor().invoke(ENTRY);
      values[i] = fields[i].getName().equals(changed.getName()) ? another(value) : value;
    }
    Class<?>[] types = Arrays.stream(fields).map(RecordComponent::getType).toArray(Class<?>[]::new);
    return AuditEntry.class.getDeclaredConstructor(types).newInstance(values);
  }

  private static Object another(Object value) {
    if (value instanceof Instant instant) {
      return instant.plusSeconds(1);
    }
    if (value instanceof UUID) {
      return UUID.randomUUID();
    }
    return value + "x";
  }
}
