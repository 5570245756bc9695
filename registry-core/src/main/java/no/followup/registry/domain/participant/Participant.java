package no.followup.registry.domain.participant;

import java.util.Objects;
import no.followup.registry.domain.shared.Violations;

/** A person in the registry, known only by pseudonym, sex and birth year. */
public record Participant(ParticipantId id, Pseudonym pseudonym, Sex sex, int birthYear) {

  public Participant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pseudonym, "pseudonym");
    Objects.requireNonNull(sex, "sex");
  }

  /**
   * A new participant: sex and birth year are those the national ID number holds, so a site learns
   * nothing from another site's enrolment of the same person.
   */
  public static Participant of(ParticipantId id, Pseudonym pseudonym, NationalIdNumber nationalId) {
    return new Participant(id, pseudonym, nationalId.sex(), nationalId.birthDate().getYear());
  }

  /** Sex and birth year follow from the national ID number; those a caller sends must agree. */
  public static Violations checkAgreesWith(
      NationalIdNumber nationalId, Sex sex, Integer birthYear, Violations violations) {
    if (nationalId == null) {
      return violations;
    }
    if (birthYear != null && birthYear != nationalId.birthDate().getYear()) {
      violations.reject(
          "birthYear", "matches-national-id", "birthYear must be the birth year of nationalId");
    }
    if (sex != null && sex != Sex.UNKNOWN && sex != nationalId.sex()) {
      violations.reject("sex", "matches-national-id", "sex must be the sex nationalId holds");
    }
    return violations;
  }
}
