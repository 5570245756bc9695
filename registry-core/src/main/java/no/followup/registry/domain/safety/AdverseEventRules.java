package no.followup.registry.domain.safety;

import java.time.LocalDate;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.study.StudyDefinition;

/** The rules an adverse event must meet. */
public final class AdverseEventRules {

  private AdverseEventRules() {}

  public static Violations check(
      AdverseEvent event, Enrolment enrolment, StudyDefinition study, LocalDate today) {
    Violations violations = new Violations();
    violations
        .required("term", event.term())
        .required("severityGrade", event.severityGrade())
        .inRange("severityGrade", event.severityGrade(), 1, AdverseEvent.FATAL_GRADE)
        .required("serious", event.serious())
        .required("relatedness", event.relatedness())
        .required("action", event.action())
        .required("outcome", event.outcome());
    if (event.term() != null && study.adverseEventTerm(event.term()).isEmpty()) {
      violations.reject(
          "term",
          "not-in-study",
          event.term()
              + " is not one of the adverse-event terms of "
              + study.code().value()
              + " version "
              + study.version()
              + " (GET /api/v1/studies/"
              + study.code().value()
              + "/versions/"
              + study.version()
              + " lists them)");
    }
    enrolment.checkRecordDate("onsetDate", event.onsetDate(), today, violations);
    boolean fatalGrade =
        event.severityGrade() != null && event.severityGrade() == AdverseEvent.FATAL_GRADE;
    boolean fatalOutcome = event.outcome() == AdverseEventOutcome.FATAL;
    if (fatalGrade != fatalOutcome && event.severityGrade() != null && event.outcome() != null) {
      violations.reject(
          "outcome",
          "fatal-is-grade-5",
          "outcome FATAL goes with severityGrade 5, and only with it");
    }
    if (fatalGrade && Boolean.FALSE.equals(event.serious())) {
      violations.reject("serious", "fatal-is-serious", "an event of severityGrade 5 is serious");
    }
    return violations;
  }
}
