package no.followup.registry.api.participant;

import java.util.Optional;
import no.followup.registry.api.shared.RegistryMapperConfig;
import no.followup.registry.application.participant.EnrolCommand;
import no.followup.registry.application.participant.ParticipantView;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.consent.Withdrawal;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.Eligibility;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.FollowUpEnd;
import no.followup.registry.domain.participant.SiteTransfer;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Requests to commands, views to responses. */
@Mapper(config = RegistryMapperConfig.class)
public interface ParticipantMapper {

  EnrolCommand toCommand(EnrolmentRequest request);

  default Consent toConsent(EnrolmentRequest.ConsentRequest consent) {
    return consent == null
        ? null
        : new Consent(
            Boolean.TRUE.equals(consent.offLabelInformed()),
            Boolean.TRUE.equals(consent.registryConsent()),
            consent.consentDate());
  }

  @Mapping(target = "participantId", source = "participant.id.value")
  @Mapping(target = "sex", source = "participant.sex")
  @Mapping(target = "birthYear", source = "participant.birthYear")
  ParticipantResponse toResponse(ParticipantView view);

  @Mapping(target = "site", source = "site.value")
  @Mapping(target = "studyCode", source = "study.value")
  @Mapping(target = "status", expression = "java(status(enrolment))")
  @Mapping(target = "transferredFrom", source = "lastTransfer")
  ParticipantResponse.EnrolmentResponse toResponse(Enrolment enrolment);

  ParticipantResponse.ConsentResponse toResponse(Consent consent);

  default ParticipantResponse.EndResponse withdrawal(Optional<Withdrawal> withdrawal) {
    return withdrawal
        .map(w -> new ParticipantResponse.EndResponse(w.date(), w.reason()))
        .orElse(null);
  }

  default ParticipantResponse.EndResponse discontinuation(
      Optional<Discontinuation> discontinuation) {
    return discontinuation
        .map(d -> new ParticipantResponse.EndResponse(d.date(), d.reason().name()))
        .orElse(null);
  }

  default ParticipantResponse.FollowUpEndResponse followUpEnd(Optional<FollowUpEnd> end) {
    return end.map(
            e ->
                new ParticipantResponse.FollowUpEndResponse(
                    e.date(),
                    e.reason().name(),
                    e.deathCause() == null ? null : e.deathCause().name()))
        .orElse(null);
  }

  default ParticipantResponse.TransferResponse transfer(Optional<SiteTransfer> transfer) {
    return transfer
        .map(t -> new ParticipantResponse.TransferResponse(t.from().value(), t.date()))
        .orElse(null);
  }

  default EligibilityFacts eligibility(Optional<Eligibility> eligibility) {
    return eligibility.map(this::toResponse).orElse(null);
  }

  EligibilityFacts toResponse(Eligibility eligibility);

  Eligibility toDomain(EligibilityFacts facts);

  default String status(Enrolment enrolment) {
    return statusOf(enrolment);
  }

  /** The enrolment's status in the API's words, the same wherever an enrolment is answered. */
  static String statusOf(Enrolment enrolment) {
    if (enrolment.isWithdrawn()) {
      return "WITHDRAWN";
    }
    if (enrolment.followUpEnd().isPresent()) {
      return "FOLLOW_UP_ENDED";
    }
    return enrolment.discontinuation().isPresent() ? "DISCONTINUED" : "ACTIVE";
  }
}
