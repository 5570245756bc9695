package no.followup.registry.api.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A participant as the caller may see it: never the national ID, only the caller's enrolments. */
public record ParticipantResponse(
    UUID participantId, String sex, int birthYear, List<EnrolmentResponse> enrolments) {

  /** One enrolment; {@code status} is {@code ACTIVE}, {@code DISCONTINUED} or {@code WITHDRAWN}. */
  public record EnrolmentResponse(
      String site,
      String studyCode,
      String indication,
      LocalDate enrolmentDate,
      ConsentResponse consent,
      EndResponse withdrawal,
      EndResponse discontinuation,
      String status) {}

  /** The consent given. */
  public record ConsentResponse(
      boolean offLabelInformed, boolean registryConsent, LocalDate consentDate) {}

  /** When and why follow-up or treatment ended. */
  public record EndResponse(LocalDate date, String reason) {}
}
