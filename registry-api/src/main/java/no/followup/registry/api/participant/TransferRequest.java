package no.followup.registry.api.participant;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The participant is followed on by another site from a date. */
public record TransferRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The receiving site's code")
        String toSite,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date) {}
