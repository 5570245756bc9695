package no.followup.registry.api.participant;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import no.followup.registry.domain.participant.Discontinuation;

/** Treatment ended on a date, for a coded reason. */
public record DiscontinuationRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Discontinuation.Reason reason) {}
