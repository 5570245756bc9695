package no.followup.registry.domain.participant;

import java.util.Objects;
import java.util.UUID;

/** The registry's internal participant key; never shown to researchers. */
public record ParticipantId(UUID value) {

  public ParticipantId {
    Objects.requireNonNull(value, "value");
  }

  public static ParticipantId random() {
    return new ParticipantId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
