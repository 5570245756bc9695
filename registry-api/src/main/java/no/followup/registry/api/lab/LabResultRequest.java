package no.followup.registry.api.lab;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.followup.registry.api.record.RecordRequest;
import no.followup.registry.domain.lab.Analyte;

/** A lab value with its unit and, for liver tests, the upper normal limit. */
public record LabResultRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Analyte analyte,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "100000")
        BigDecimal value,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String unit,
    @Schema(minimum = "0.001", maximum = "100000") BigDecimal upperNormalLimit,
    String reason)
    implements RecordRequest {}
