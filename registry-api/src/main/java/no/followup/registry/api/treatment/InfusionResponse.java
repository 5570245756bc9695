package no.followup.registry.api.treatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.followup.registry.api.record.WarningResponse;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Route;

/** An infusion as stored; {@code version} is its ETag. */
public record InfusionResponse(
    UUID id,
    UUID participantId,
    LocalDate date,
    Drug drug,
    Route route,
    BigDecimal doseMgPerKg,
    BigDecimal doseMg,
    BigDecimal weightKg,
    Integer durationMinutes,
    InfusionRequest.Vitals vitals,
    Integer dissociationScore,
    int version,
    List<WarningResponse> warnings) {}
