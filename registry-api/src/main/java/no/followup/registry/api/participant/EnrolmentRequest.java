package no.followup.registry.api.participant;

import java.time.LocalDate;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.participant.Sex;

/**
 * Enrols a patient at the caller's site. {@code siteReference}, optional, is the site's own number
 * for the patient (never a national ID number), unique at the site and known only there.
 */
public record EnrolmentRequest(
    String nationalId,
    String studyCode,
    LocalDate enrolmentDate,
    Indication indication,
    Sex sex,
    Integer birthYear,
    ConsentRequest consent,
    String siteReference) {

  /** What the patient was told and agreed to. */
  public record ConsentRequest(
      Boolean offLabelInformed, Boolean registryConsent, LocalDate consentDate) {}

  @Override
  public String toString() {
    return "EnrolmentRequest[nationalId=***, studyCode=" + studyCode + "]";
  }
}
