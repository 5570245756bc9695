package no.followup.registry.domain.consent;

import java.time.LocalDate;
import no.followup.registry.domain.shared.Violations;

/** Informed consent as given at enrolment. */
public record Consent(boolean offLabelInformed, boolean registryConsent, LocalDate consentDate) {

  /** Rules a consent must meet before any data may be collected under it. */
  public Violations check(LocalDate today, Violations violations) {
    if (!offLabelInformed) {
      violations.reject(
          "consent.offLabelInformed",
          "off-label-information-required",
          "the patient must be told the use is off-label");
    }
    if (!registryConsent) {
      violations.reject(
          "consent.registryConsent",
          "registry-consent-required",
          "the patient must consent to registry follow-up");
    }
    return violations
        .required("consent.consentDate", consentDate)
        .notInFuture("consent.consentDate", consentDate, today);
  }
}
