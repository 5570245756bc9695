package no.followup.registry.domain.participant;

import java.util.Objects;
import java.util.UUID;

/** One participant's enrolment in one study at one site. */
public record EnrolmentId(UUID value) {

  public EnrolmentId {
    Objects.requireNonNull(value, "value");
  }

  public static EnrolmentId random() {
    return new EnrolmentId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
