package no.followup.registry.domain.safety;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.fixtures.StudyFixture;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.study.AdverseEventTerm;
import no.followup.registry.domain.study.StudyDefinition;
import org.junit.jupiter.api.Test;

class AdverseEventRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private final Enrolment enrolment = anEnrolment().build();
  private final StudyDefinition study = StudyFixture.ketamineTrd();
  private final SafetyRules rules = SafetyRulesTest.RULES;

  @Test
  void accepts_a_common_mild_event_that_raises_no_signal() {
    AdverseEvent nausea = event("NAUSEA", 1, false, AdverseEventOutcome.RECOVERED);

    assertThat(AdverseEventRules.check(nausea, enrolment, study, TODAY).all()).isEmpty();
    assertThat(signals(nausea, study)).isEmpty();
    assertThat(nausea.date()).isEqualTo(nausea.onsetDate());
  }

  @Test
  void the_terms_are_the_studys_data_a_later_version_may_add_one_or_make_one_raise_a_signal() {
    List<AdverseEventTerm> terms = new ArrayList<>(study.adverseEventTerms());
    terms.replaceAll(
        t ->
            t.code().equals("HEADACHE")
                ? new AdverseEventTerm(
                    "HEADACHE",
                    "Hodepine",
                    "Headache",
                    AdverseEventTerm.Signal.SPECIAL_INTEREST_EVENT)
                : t);
    terms.add(
        new AdverseEventTerm(
            "HYPERTENSIVE_CRISIS",
            "Hypertensiv krise",
            "Hypertensive crisis",
            AdverseEventTerm.Signal.SPECIAL_INTEREST_EVENT));
    StudyDefinition version2 = withTerms(terms);
    AdverseEvent crisis = event("HYPERTENSIVE_CRISIS", 3, false, AdverseEventOutcome.RECOVERED);

    assertThat(AdverseEventRules.check(crisis, enrolment, version2, TODAY).all()).isEmpty();
    assertThat(signals(crisis, version2)).containsExactly(SignalKind.SPECIAL_INTEREST_EVENT);
    assertThat(signals(event("HEADACHE", 1, false, AdverseEventOutcome.RECOVERED), version2))
        .containsExactly(SignalKind.SPECIAL_INTEREST_EVENT);
    assertThat(AdverseEventRules.check(crisis, enrolment, study, TODAY).all())
        .extracting(Violation::field, Violation::rule, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "term",
                "not-in-study",
                "HYPERTENSIVE_CRISIS is not one of the adverse-event terms of KETAMINE-TRD"
                    + " version 1 (GET /api/v1/studies/KETAMINE-TRD/versions/1 lists them)"));
  }

  @Test
  void grade_5_goes_with_a_fatal_outcome_and_is_serious() {
    assertThat(
            AdverseEventRules.check(
                    event("ARRHYTHMIA", 5, false, AdverseEventOutcome.NOT_RECOVERED),
                    enrolment,
                    study,
                    TODAY)
                .all())
        .extracting(Violation::rule)
        .containsExactlyInAnyOrder("fatal-is-grade-5", "fatal-is-serious");
    assertThat(
            AdverseEventRules.check(
                    event("ARRHYTHMIA", 5, true, AdverseEventOutcome.FATAL),
                    enrolment,
                    study,
                    TODAY)
                .all())
        .isEmpty();
  }

  @Test
  void refuses_a_grade_outside_1_to_5_and_missing_fields() {
    AdverseEvent incomplete =
        new AdverseEvent(
            UUID.randomUUID(), enrolment.id(), ENROLMENT_DATE, null, 6, null, null, null, null);

    assertThat(AdverseEventRules.check(incomplete, enrolment, study, TODAY).all())
        .extracting(Violation::field)
        .containsExactlyInAnyOrder(
            "term", "severityGrade", "serious", "relatedness", "action", "outcome");
  }

  private List<SignalKind> signals(AdverseEvent event, StudyDefinition in) {
    return rules.of(event, in.adverseEventTerm(event.term()).orElse(null)).stream()
        .map(SafetyRules.Finding::kind)
        .toList();
  }

  private StudyDefinition withTerms(List<AdverseEventTerm> terms) {
    return new StudyDefinition(
        study.code(),
        2,
        study.name(),
        study.visits(),
        study.instruments(),
        study.limits(),
        study.treatments(),
        terms);
  }

  private AdverseEvent event(String term, int grade, boolean serious, AdverseEventOutcome outcome) {
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
