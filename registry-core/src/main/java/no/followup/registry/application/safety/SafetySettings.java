package no.followup.registry.application.safety;

import java.math.BigDecimal;
import no.followup.registry.domain.safety.SafetyThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the immediate safety signals ({@code registry.safety.*}); the defaults are the
 * practice thresholds of the domain brief.
 */
@ConfigurationProperties("registry.safety")
public record SafetySettings(
    @DefaultValue("180") int systolicAtLeast,
    @DefaultValue("110") int diastolicAtLeast,
    @DefaultValue("92") int spo2Below,
    @DefaultValue("3") BigDecimal liverTimesUpperNormalLimitAbove,
    @DefaultValue("4") int madrsSuicidalThoughtsAtLeast,
    // Any thought of death or self-harm on PHQ-9 item 9 is asked about at once in practice.
    @DefaultValue("1") int phq9SelfHarmThoughtsAtLeast,
    // Below 60 mL/min/1.73m2 is reduced kidney function (CKD stage 3 and worse).
    @DefaultValue("60") BigDecimal egfrBelow,
    @DefaultValue("1.5") BigDecimal creatinineTimesUpperNormalLimitAbove,
    // A third of the urinary questionnaire's 18 points: several symptoms, or one at its worst.
    @DefaultValue("6") int urinarySymptomScoreAtLeast) {

  public SafetyThresholds thresholds() {
    return new SafetyThresholds(
        systolicAtLeast,
        diastolicAtLeast,
        spo2Below,
        liverTimesUpperNormalLimitAbove,
        madrsSuicidalThoughtsAtLeast,
        phq9SelfHarmThoughtsAtLeast,
        egfrBelow,
        creatinineTimesUpperNormalLimitAbove,
        urinarySymptomScoreAtLeast);
  }
}
