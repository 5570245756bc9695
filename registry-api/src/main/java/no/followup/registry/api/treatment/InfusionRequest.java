package no.followup.registry.api.treatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.followup.registry.api.record.RecordRequest;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Route;

/** An infusion; {@code route} defaults to intravenous. */
public record InfusionRequest(
    LocalDate date,
    Drug drug,
    Route route,
    BigDecimal doseMgPerKg,
    BigDecimal weightKg,
    Integer durationMinutes,
    Vitals vitals,
    Integer dissociationScore,
    String reason)
    implements RecordRequest {

  /** Blood pressure before, highest during and after; highest pulse; lowest SpO2 (%). */
  public record Vitals(
      Integer systolicBefore,
      Integer diastolicBefore,
      Integer systolicMax,
      Integer diastolicMax,
      Integer systolicAfter,
      Integer diastolicAfter,
      Integer heartRateMax,
      Integer spo2Min) {}
}
