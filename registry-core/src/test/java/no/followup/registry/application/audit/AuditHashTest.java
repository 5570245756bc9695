package no.followup.registry.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
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
  void the_canonical_field_list_names_every_field_of_an_entry_in_its_order() {
    assertThat(Arrays.stream(AuditField.values()).map(f -> camelCase(f.column())))
        .containsExactly(
            Arrays.stream(AuditEntry.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toArray(String[]::new));
    Object[] values = Arrays.stream(AuditField.values()).map(f -> f.of(ENTRY)).toArray();
    assertThat(AuditField.entry(values)).as("read back field by field").isEqualTo(ENTRY);
  }

  @Test
  void rows_hashed_before_the_field_list_was_declared_once_still_verify() {
    AuditEntry entry =
        new AuditEntry(
            Instant.parse("2026-12-03T10:15:30.123456Z"),
            "staff.ous",
            "OUS",
            "CREATE",
            "infusion",
            "7f1c0000-0000-4000-8000-000000000001",
            UUID.fromString("7f1c0000-0000-4000-8000-000000000002"),
            "treatment",
            null,
            "{\"dose\":0.5}",
            "{\"dose\":0.6}");

    // Worked out apart from the code: SHA-256 of 32 zero bytes, then each of chain key, seq and
    // the eleven fields as a 4-byte big-endian length (-1 for none) and its UTF-8 bytes.
    assertThat(HexFormat.of().formatHex(AuditHash.of(AuditHash.GENESIS, "OUS:1", 7, entry)))
        .isEqualTo("e7b769c02f4a59514e8a8e226f8020579a7bec453df1873d22bce3de8e340a20");
  }

  private static String camelCase(String column) {
    StringBuilder name = new StringBuilder();
    for (String part : column.split("_")) {
      name.append(
          name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return name.toString();
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
