package no.followup.registry.domain.safety;

import java.time.LocalDate;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.EnrolmentRecord;

/** One adverse event. Severity grade 1 (mild) to 5 (death), CTCAE style. */
public record AdverseEvent(
    UUID id,
    EnrolmentId enrolmentId,
    LocalDate onsetDate,
    AdverseEventTerm term,
    Integer severityGrade,
    Boolean serious,
    Relatedness relatedness,
    ActionTaken action,
    AdverseEventOutcome outcome)
    implements EnrolmentRecord {

  static final int FATAL_GRADE = 5;

  @Override
  public LocalDate date() {
    return onsetDate;
  }

  /** Serious events, and every event of special interest, go to the coordinator at once. */
  public boolean raisesSignal() {
    return Boolean.TRUE.equals(serious) || (term != null && term.isSpecialInterest());
  }
}
