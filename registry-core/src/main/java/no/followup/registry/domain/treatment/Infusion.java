package no.followup.registry.domain.treatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.shared.Decimals;

/**
 * One infusion. Dose in mg per kg body weight; the dissociation score is the CADSS total (0–92)
 * when it was measured.
 */
public record Infusion(
    UUID id,
    EnrolmentId enrolmentId,
    LocalDate date,
    Drug drug,
    Route route,
    BigDecimal doseMgPerKg,
    BigDecimal weightKg,
    Integer durationMinutes,
    VitalSigns vitals,
    Integer dissociationScore)
    implements EnrolmentRecord {

  public Infusion {
    doseMgPerKg = Decimals.normalized(doseMgPerKg);
    weightKg = Decimals.normalized(weightKg);
  }
}
