package no.followup.registry.domain.treatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.shared.Decimals;

/**
 * One treatment session (an infusion, or a nasal spray session). The dose is in the unit the study
 * gives the drug in: {@code doseMgPerKg} with weight and duration for IV racemic ketamine, {@code
 * doseMg} for esketamine nasal spray; the other is null. The dissociation score is the CADSS total
 * (0–92) when it was measured.
 */
public record Infusion(
    UUID id,
    EnrolmentId enrolmentId,
    LocalDate date,
    Drug drug,
    Route route,
    BigDecimal doseMgPerKg,
    BigDecimal doseMg,
    BigDecimal weightKg,
    Integer durationMinutes,
    VitalSigns vitals,
    Integer dissociationScore)
    implements EnrolmentRecord {

  public Infusion {
    doseMgPerKg = Decimals.normalized(doseMgPerKg);
    doseMg = Decimals.normalized(doseMg);
    weightKg = Decimals.normalized(weightKg);
  }
}
