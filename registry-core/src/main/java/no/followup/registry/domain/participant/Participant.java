package no.followup.registry.domain.participant;

import java.time.LocalDate;
import java.util.Objects;
import no.followup.registry.domain.shared.Violations;

/** A person in the registry, known only by pseudonym, sex and birth year. */
public record Participant(ParticipantId id, Pseudonym pseudonym, Sex sex, int birthYear) {

  public Participant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pseudonym, "pseudonym");
    Objects.requireNonNull(sex, "sex");
  }

  /** The birth year given must be the one the national ID number holds, and not in the future. */
  public static Violations checkBirthYear(
      Integer birthYear, NationalIdNumber nationalId, LocalDate today, Violations violations) {
    violations
        .required("birthYear", birthYear)
        .inRange("birthYear", birthYear, 1900, today.getYear());
    if (birthYear != null && nationalId != null && birthYear != nationalId.birthDate().getYear()) {
      violations.reject(
          "birthYear", "matches-national-id", "birthYear must be the birth year of nationalId");
    }
    return violations;
  }
}
