package no.followup.registry.api.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A participant as the caller may see it: never the national ID, only the caller's enrolments. */
public record ParticipantResponse(
    UUID participantId, String sex, int birthYear, List<EnrolmentResponse> enrolments) {

  /**
   * One enrolment; {@code status} is {@code ACTIVE}, {@code DISCONTINUED}, {@code FOLLOW_UP_ENDED}
   * or {@code WITHDRAWN}.
   */
  public record EnrolmentResponse(
      String site,
      String studyCode,
      String indication,
      LocalDate enrolmentDate,
      ConsentResponse consent,
      EndResponse withdrawal,
      EndResponse discontinuation,
      FollowUpEndResponse followUpEnd,
      String status,
      TransferResponse transferredFrom,
      EligibilityFacts eligibility) {}

  /** How the enrolment came to the site that has it: from which site, on which date. */
  public record TransferResponse(String fromSite, LocalDate date) {}

  /** The consent given. */
  public record ConsentResponse(
      boolean offLabelInformed, boolean registryConsent, LocalDate consentDate) {}

  /** When and why follow-up ended; a death with its cause category. */
  public record FollowUpEndResponse(LocalDate date, String reason, String deathCause) {}

  /** When and why follow-up or treatment ended. */
  public record EndResponse(LocalDate date, String reason) {}
}
