package no.followup.registry.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteReferenceTest {

  @ParameterizedTest
  @ValueSource(strings = {"P-1042", "Poliklinikk 7/2026", "ÆØÅ_æøå.1", "1234567890", "a"})
  void letters_digits_spaces_and_a_few_signs_make_a_reference(String text) {
    Violations violations = new Violations();
    assertThat(SiteReference.check(" " + text + " ", violations)).contains(new SiteReference(text));
    assertThat(violations.rejects()).isFalse();
  }

  @Test
  void no_reference_is_no_reference_and_no_error() {
    Violations violations = new Violations();
    assertThat(SiteReference.check("  ", violations)).isEmpty();
    assertThat(SiteReference.check(null, violations)).isEmpty();
    assertThat(violations.all()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12345678901",
        "P-12345678901",
        "010190 12345",
        "010190-12345",
        "010190.12345",
        "01019012345X"
      })
  void anything_that_looks_like_a_national_id_valid_or_not_is_refused(String text) {
    assertThat(rule(text)).contains("looks-like-national-id");
  }

  @Test
  void at_most_forty_characters() {
    assertThat(rule("x".repeat(40))).isEmpty();
    assertThat(rule("x".repeat(41))).contains("max-length");
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>", "a;b", "line\nbreak", "tab\there", "50%"})
  void other_characters_are_refused(String text) {
    assertThat(rule(text)).contains("format");
  }

  @Test
  void never_printed() {
    assertThat(new SiteReference("P-1042").toString()).isEqualTo("SiteReference[***]");
  }

  private static Optional<String> rule(String text) {
    Violations violations = new Violations();
    Optional<SiteReference> reference = SiteReference.check(text, violations);
    assertThat(reference.isPresent()).isEqualTo(!violations.rejects());
    return violations.all().stream().map(Violation::rule).findFirst();
  }
}
