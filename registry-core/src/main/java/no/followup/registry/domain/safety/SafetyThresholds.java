package no.followup.registry.domain.safety;

import java.math.BigDecimal;

/**
 * Where vital signs and lab values become a safety signal. Defaults are the practice thresholds of
 * the domain brief; a deployment may set its own.
 */
public record SafetyThresholds(
    int systolicAtLeast,
    int diastolicAtLeast,
    int spo2Below,
    BigDecimal liverTimesUpperNormalLimitAbove,
    int madrsSuicidalThoughtsAtLeast) {

  public static SafetyThresholds practice() {
    return new SafetyThresholds(180, 110, 92, new BigDecimal("3"), 4);
  }
}
