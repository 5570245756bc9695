package no.followup.registry.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.cohort.NationalIdNumbers.Variant;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import org.junit.jupiter.api.Test;

class ParticipantTest {

  private static final LocalDate BORN = LocalDate.of(1984, 12, 17);

  @Test
  void takes_sex_and_birth_year_from_the_national_id_number() {
    NationalIdNumber man = number(101);
    NationalIdNumber woman = number(102);
    Pseudonym pseudonym = new Pseudonym("a".repeat(64));

    assertThat(Participant.of(ParticipantId.random(), pseudonym, man))
        .extracting(Participant::sex, Participant::birthYear)
        .containsExactly(Sex.MALE, 1984);
    assertThat(Participant.of(ParticipantId.random(), pseudonym, woman).sex())
        .isEqualTo(Sex.FEMALE);
  }

  @Test
  void values_sent_must_agree_with_the_number() {
    NationalIdNumber man = number(101);

    assertThat(Participant.checkAgreesWith(man, Sex.FEMALE, 1985, new Violations()).all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(
            tuple("birthYear", "matches-national-id"), tuple("sex", "matches-national-id"));
  }

  @Test
  void values_left_out_or_unknown_are_taken_from_the_number() {
    NationalIdNumber man = number(101);
    Violations violations = new Violations();

    assertThat(Participant.checkAgreesWith(man, Sex.MALE, 1984, violations)).isSameAs(violations);
    assertThat(Participant.checkAgreesWith(man, null, null, violations).all()).isEmpty();
    assertThat(Participant.checkAgreesWith(man, Sex.UNKNOWN, null, violations).all()).isEmpty();
    assertThat(Participant.checkAgreesWith(null, Sex.FEMALE, 1700, violations).all()).isEmpty();
  }

  /** A fødselsnummer born {@link #BORN} whose individual number is {@code individual} or above. */
  private static NationalIdNumber number(int individual) {
    for (int i = individual; ; i += 2) {
      String digits = NationalIdNumbers.build(BORN, i, Variant.FODSELSNUMMER, 0);
      if (digits != null) {
        return NationalIdNumber.parse(digits);
      }
    }
  }
}
