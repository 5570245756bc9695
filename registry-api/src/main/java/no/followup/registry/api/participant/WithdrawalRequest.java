package no.followup.registry.api.participant;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Consent withdrawn on a date, for a reason. */
public record WithdrawalRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date, String reason) {}
