package no.followup.registry.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.cohort.NationalIdNumbers.Variant;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import org.junit.jupiter.api.Test;

class FreeTextTest {

  private static final String NATIONAL_ID =
      NationalIdNumbers.build(LocalDate.of(1984, 12, 17), 105, Variant.FODSELSNUMMER, 0) != null
          ? NationalIdNumbers.build(LocalDate.of(1984, 12, 17), 105, Variant.FODSELSNUMMER, 0)
          : NationalIdNumbers.build(LocalDate.of(1984, 12, 17), 106, Variant.FODSELSNUMMER, 0);

  @Test
  void a_text_up_to_its_limit_without_an_id_breaks_no_rule() {
    Violations violations = new Violations();

    assertThat(FreeText.check("reason", "x".repeat(500), 500, violations)).isSameAs(violations);
    assertThat(FreeText.check("reason", null, 500, violations).all()).isEmpty();
  }

  @Test
  void one_character_over_the_limit_is_refused() {
    assertThat(FreeText.check("reason", "x".repeat(501), 500, new Violations()).all())
        .extracting(Violation::field, Violation::rule, Violation::message)
        .containsExactly(tuple("reason", "max-length", "reason must be at most 500 characters"));
  }

  @Test
  void a_national_id_number_anywhere_is_refused_without_being_repeated() {
    Violations violations =
        FreeText.check("ref", "patient " + NATIONAL_ID + " moved", 100, new Violations());

    assertThat(violations.all())
        .extracting(Violation::field, Violation::rule, Violation::message)
        .containsExactly(tuple("ref", "no-national-id", "ref must not hold a national ID number"));
    assertThat(violations.all().get(0).message()).doesNotContain(NATIONAL_ID);
  }
}
