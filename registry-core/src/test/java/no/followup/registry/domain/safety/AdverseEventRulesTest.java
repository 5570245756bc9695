package no.followup.registry.domain.safety;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violation;
import org.junit.jupiter.api.Test;

class AdverseEventRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private final Enrolment enrolment = anEnrolment().build();

  @Test
  void accepts_a_common_mild_event_that_raises_no_signal() {
    AdverseEvent nausea = event(AdverseEventTerm.NAUSEA, 1, false, AdverseEventOutcome.RECOVERED);

    assertThat(AdverseEventRules.check(nausea, enrolment, TODAY).all()).isEmpty();
    assertThat(nausea.raisesSignal()).isFalse();
    assertThat(nausea.date()).isEqualTo(nausea.onsetDate());
  }

  @Test
  void every_serious_event_and_every_event_of_special_interest_raises_a_signal() {
    assertThat(
            event(AdverseEventTerm.HEADACHE, 3, true, AdverseEventOutcome.RECOVERED).raisesSignal())
        .isTrue();
    assertThat(
            event(AdverseEventTerm.CYSTITIS, 2, false, AdverseEventOutcome.RECOVERING)
                .raisesSignal())
        .isTrue();
  }

  @Test
  void grade_5_goes_with_a_fatal_outcome_and_is_serious() {
    assertThat(
            AdverseEventRules.check(
                    event(AdverseEventTerm.ARRHYTHMIA, 5, false, AdverseEventOutcome.NOT_RECOVERED),
                    enrolment,
                    TODAY)
                .all())
        .extracting(Violation::rule)
        .containsExactlyInAnyOrder("fatal-is-grade-5", "fatal-is-serious");
    assertThat(
            AdverseEventRules.check(
                    event(AdverseEventTerm.ARRHYTHMIA, 5, true, AdverseEventOutcome.FATAL),
                    enrolment,
                    TODAY)
                .all())
        .isEmpty();
  }

  @Test
  void refuses_a_grade_outside_1_to_5_and_missing_fields() {
    AdverseEvent incomplete =
        new AdverseEvent(
            UUID.randomUUID(), enrolment.id(), ENROLMENT_DATE, null, 6, null, null, null, null);

    assertThat(AdverseEventRules.check(incomplete, enrolment, TODAY).all())
        .extracting(Violation::field)
        .containsExactlyInAnyOrder(
            "term", "severityGrade", "serious", "relatedness", "action", "outcome");
  }

  private AdverseEvent event(
      AdverseEventTerm term, int grade, boolean serious, AdverseEventOutcome outcome) {
    return new AdverseEvent(
        UUID.randomUUID(),
        enrolment.id(),
        ENROLMENT_DATE.plusDays(3),
        term,
        grade,
        serious,
        Relatedness.POSSIBLE,
        ActionTaken.NONE,
        outcome);
  }
}
