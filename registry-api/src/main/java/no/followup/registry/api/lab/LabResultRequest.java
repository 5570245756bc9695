package no.followup.registry.api.lab;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.followup.registry.api.record.RecordRequest;
import no.followup.registry.domain.lab.Analyte;

/** A lab value with its unit and, for liver tests, the upper normal limit. */
public record LabResultRequest(
    LocalDate date,
    Analyte analyte,
    BigDecimal value,
    String unit,
    BigDecimal upperNormalLimit,
    String reason)
    implements RecordRequest {}
