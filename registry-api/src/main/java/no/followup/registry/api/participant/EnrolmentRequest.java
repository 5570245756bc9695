package no.followup.registry.api.participant;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.participant.Sex;

/**
 * Enrols a patient at the caller's site. {@code siteReference}, optional, is the site's own number
 * for the patient (never a national ID number), unique at the site and known only there.
 */
public record EnrolmentRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            pattern = "^[0-9]{11}$",
            description =
                "The national ID (fødselsnummer or D-number); pseudonymised at once, never returned")
        String nationalId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String studyCode,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate enrolmentDate,
    Indication indication,
    Sex sex,
    Integer birthYear,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ConsentRequest consent,
    @Schema(
            maxLength = 40,
            description =
                "The site's own reference (letters, digits, space, ._/-); never a national ID")
        String siteReference,
    @Schema(description = "The pre-assessment; optional, complete when given")
        EligibilityFacts eligibility) {

  /** What the patient was told and agreed to. */
  public record ConsentRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Must be true")
          Boolean offLabelInformed,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Must be true")
          Boolean registryConsent,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate consentDate) {}

  @Override
  public String toString() {
    return "EnrolmentRequest[nationalId=***, studyCode=" + studyCode + "]";
  }
}
