package no.followup.registry.domain.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import no.followup.registry.domain.fixtures.StudyFixture;
import org.junit.jupiter.api.Test;

class AdverseEventTermTest {

  private final StudyDefinition study = StudyFixture.ketamineTrd();

  @Test
  void a_term_is_named_in_bokmal_unless_english_is_asked_for() {
    AdverseEventTerm cystitis = study.adverseEventTerm("CYSTITIS").orElseThrow();

    assertThat(cystitis.label(Locale.forLanguageTag("nb-NO")))
        .isEqualTo("Cystitt (blærebetennelse)");
    assertThat(cystitis.label(Locale.forLanguageTag("nn"))).isEqualTo("Cystitt (blærebetennelse)");
    assertThat(cystitis.label(Locale.ENGLISH)).isEqualTo("Cystitis");
    assertThat(cystitis.label(Locale.UK)).isEqualTo("Cystitis");
  }

  @Test
  void a_term_that_raises_a_signal_is_of_special_interest_and_the_study_lists_only_its_own() {
    assertThat(study.adverseEventTerm("CYSTITIS").orElseThrow().isSpecialInterest()).isTrue();
    assertThat(study.adverseEventTerm("NAUSEA").orElseThrow().isSpecialInterest()).isFalse();
    assertThat(study.adverseEventTerm("NO_SUCH_TERM")).isEmpty();
    assertThat(study.adverseEventTerms())
        .filteredOn(AdverseEventTerm::isSpecialInterest)
        .hasSize(18);
  }
}
