package no.followup.registry.domain.study;

import java.math.BigDecimal;
import java.util.Objects;
import no.followup.registry.domain.shared.Decimals;

/**
 * A study's exposure limits: the highest dose per infusion, the number of infusions allowed in the
 * induction period (counted from enrolment) and the most infusions allowed in any 28 days
 * (repeated, prolonged exposure is what harms liver and bladder).
 */
public record ProtocolLimits(
    BigDecimal maxDoseMgPerKg,
    int inductionInfusions,
    int inductionPeriodDays,
    int maxInfusionsPer28Days,
    LimitEnforcement enforcement) {

  public ProtocolLimits {
    maxDoseMgPerKg = Decimals.normalized(Objects.requireNonNull(maxDoseMgPerKg, "maxDoseMgPerKg"));
    Objects.requireNonNull(enforcement, "enforcement");
    if (inductionInfusions < 1 || inductionPeriodDays < 1 || maxInfusionsPer28Days < 1) {
      throw new IllegalArgumentException("protocol limits must allow at least one infusion");
    }
  }
}
