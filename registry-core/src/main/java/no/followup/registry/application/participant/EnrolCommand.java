package no.followup.registry.application.participant;

import java.time.LocalDate;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.participant.Sex;

/**
 * What a site sends to enrol a patient. The national ID number goes no further than the use case;
 * the site's own reference, optional, is kept apart and shown only to that site.
 */
public record EnrolCommand(
    String nationalId,
    String studyCode,
    LocalDate enrolmentDate,
    Indication indication,
    Sex sex,
    Integer birthYear,
    Consent consent,
    String siteReference) {

  @Override
  public String toString() {
    return "EnrolCommand[nationalId=***, studyCode=" + studyCode + "]";
  }
}
