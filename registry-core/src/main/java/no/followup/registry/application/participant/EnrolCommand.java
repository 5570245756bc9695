package no.followup.registry.application.participant;

import java.time.LocalDate;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.participant.Eligibility;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.participant.Sex;

/**
 * What a site sends to enrol a patient. The national ID number goes no further than the use case;
 * the site's own reference, optional, is kept apart and shown only to that site; the pre-assessment
 * ({@code eligibility}) is optional as a whole, and complete when given.
 */
public record EnrolCommand(
    String nationalId,
    String studyCode,
    LocalDate enrolmentDate,
    Indication indication,
    Sex sex,
    Integer birthYear,
    Consent consent,
    String siteReference,
    Eligibility eligibility) {

  /** An enrolment without the pre-assessment (it is optional). */
  public EnrolCommand(
      String nationalId,
      String studyCode,
      LocalDate enrolmentDate,
      Indication indication,
      Sex sex,
      Integer birthYear,
      Consent consent,
      String siteReference) {
    this(
        nationalId,
        studyCode,
        enrolmentDate,
        indication,
        sex,
        birthYear,
        consent,
        siteReference,
        null);
  }

  @Override
  public String toString() {
    return "EnrolCommand[nationalId=***, studyCode=" + studyCode + "]";
  }
}
