package no.followup.registry.api.treatment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.followup.registry.api.record.RecordRequest;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Route;

/** An infusion; {@code route} defaults to intravenous. */
public record InfusionRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Drug drug,
    @Schema(description = "INTRAVENOUS when left out", defaultValue = "INTRAVENOUS") Route route,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0.01", maximum = "5")
        BigDecimal doseMgPerKg,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "20", maximum = "350")
        BigDecimal weightKg,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "600")
        Integer durationMinutes,
    Vitals vitals,
    @Schema(minimum = "0", maximum = "92") Integer dissociationScore,
    String reason)
    implements RecordRequest {

  /** Blood pressure before, highest during and after; highest pulse; lowest SpO2 (%). */
  public record Vitals(
      @Schema(minimum = "50", maximum = "300") Integer systolicBefore,
      @Schema(minimum = "20", maximum = "200") Integer diastolicBefore,
      @Schema(minimum = "50", maximum = "300") Integer systolicMax,
      @Schema(minimum = "20", maximum = "200") Integer diastolicMax,
      @Schema(minimum = "50", maximum = "300") Integer systolicAfter,
      @Schema(minimum = "20", maximum = "200") Integer diastolicAfter,
      @Schema(minimum = "20", maximum = "250") Integer heartRateMax,
      @Schema(minimum = "50", maximum = "100") Integer spo2Min) {}
}
