package no.followup.registry.api.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The parameters of a report run: the date the figures are computed as of. */
public record JobExecutionRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate asOf) {}
