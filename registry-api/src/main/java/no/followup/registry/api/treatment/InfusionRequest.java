package no.followup.registry.api.treatment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.followup.registry.api.record.RecordRequest;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Route;

/**
 * A treatment session: an IV racemic ketamine infusion (dose in mg/kg, weight and duration
 * required) or an esketamine nasal spray session (dose in mg, one of the study's doses; weight and
 * duration optional). {@code route} defaults to the drug's usual one.
 */
public record InfusionRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Drug drug,
    @Schema(
            description =
                "When left out: INTRAVENOUS for RACEMIC_KETAMINE, INTRANASAL for ESKETAMINE. The"
                    + " study names the routes it gives each drug by (rule not-in-study).")
        Route route,
    @Schema(
            description =
                "The dose of a weight-dosed drug (RACEMIC_KETAMINE), required for it; refused for"
                    + " ESKETAMINE (rule not-for-drug)",
            minimum = "0.01",
            maximum = "5")
        BigDecimal doseMgPerKg,
    @Schema(
            description =
                "The dose of a fixed-dose drug (ESKETAMINE: 28, 56 or 84), required for it;"
                    + " refused for RACEMIC_KETAMINE (rule not-for-drug)",
            example = "84")
        BigDecimal doseMg,
    @Schema(description = "Required for RACEMIC_KETAMINE", minimum = "20", maximum = "350")
        BigDecimal weightKg,
    @Schema(
            description =
                "Required for RACEMIC_KETAMINE; shorter than the study's protocol time warns"
                    + " (shorter-than-protocol)",
            minimum = "1",
            maximum = "600")
        Integer durationMinutes,
    Vitals vitals,
    @Schema(minimum = "0", maximum = "92") Integer dissociationScore,
    String reason)
    implements RecordRequest {

  /** The route given, or the drug's usual one (intravenous when the drug is missing too). */
  public Route routeOrUsual() {
    if (route != null) {
      return route;
    }
    return drug == null ? Route.INTRAVENOUS : drug.usualRoute();
  }

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
