package no.followup.registry.domain.safety;

import java.time.LocalDate;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.EnrolmentRecord;

/**
 * One adverse event. Its term is the code of one of its study's terms ({@link
 * no.followup.registry.domain.study.AdverseEventTerm}); severity grade 1 (mild) to 5 (death), CTCAE
 * style.
 */
public record AdverseEvent(
    UUID id,
    EnrolmentId enrolmentId,
    LocalDate onsetDate,
    String term,
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
}
