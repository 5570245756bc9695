package no.followup.registry.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import org.junit.jupiter.api.Test;

class ConsentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  @Test
  void a_full_consent_breaks_no_rule_and_chains() {
    Violations violations = new Violations();

    assertThat(new Consent(true, true, TODAY).check(TODAY, violations)).isSameAs(violations);
    assertThat(violations.all()).isEmpty();
  }

  @Test
  void a_consent_dated_in_the_future_or_undated_is_refused() {
    assertThat(new Consent(true, true, TODAY.plusDays(1)).check(TODAY, new Violations()).all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("consent.consentDate", "not-in-future"));
    assertThat(new Consent(true, true, null).check(TODAY, new Violations()).all())
        .extracting(Violation::rule)
        .containsExactly("required");
  }
}
