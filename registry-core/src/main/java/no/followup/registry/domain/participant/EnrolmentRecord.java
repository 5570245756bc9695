package no.followup.registry.domain.participant;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A clinical record of one enrolment: an infusion, an assessment, an adverse event, a lab result.
 */
public interface EnrolmentRecord {

  UUID id();

  EnrolmentId enrolmentId();

  /** The clinical date of the record (infusion day, assessment day, onset, sample day). */
  LocalDate date();
}
