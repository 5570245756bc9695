package no.followup.registry.api.lab;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.followup.registry.api.record.WarningResponse;
import no.followup.registry.domain.lab.Analyte;

/** A lab result as stored. */
public record LabResultResponse(
    UUID id,
    UUID participantId,
    LocalDate date,
    Analyte analyte,
    BigDecimal value,
    String unit,
    BigDecimal upperNormalLimit,
    int version,
    List<WarningResponse> warnings) {}
