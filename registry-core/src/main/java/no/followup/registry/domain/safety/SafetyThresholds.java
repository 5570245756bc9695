package no.followup.registry.domain.safety;

import java.math.BigDecimal;

/**
 * Where vital signs, lab values and scores become a safety signal (a deployment sets them; the
 * defaults in {@code SafetySettings} are the practice thresholds of the domain brief).
 */
public record SafetyThresholds(
    int systolicAtLeast,
    int diastolicAtLeast,
    int spo2Below,
    BigDecimal liverTimesUpperNormalLimitAbove,
    int madrsSuicidalThoughtsAtLeast,
    int phq9SelfHarmThoughtsAtLeast,
    BigDecimal egfrBelow,
    BigDecimal creatinineTimesUpperNormalLimitAbove,
    int urinarySymptomScoreAtLeast) {}
