package no.followup.registry.api.participant;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import no.followup.registry.domain.participant.SiteTransfer;

/** One transfer of an enrolment: from which site to which, from which date. */
public record SiteTransferResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String fromSite,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String toSite,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date) {

  static SiteTransferResponse of(SiteTransfer transfer) {
    return new SiteTransferResponse(
        transfer.from().value(), transfer.to().value(), transfer.date());
  }
}
