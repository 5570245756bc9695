package no.followup.registry.domain.safety;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.lab.Analyte;
import no.followup.registry.domain.lab.LabResult;
import no.followup.registry.domain.study.AdverseEventTerm;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.VitalSigns;

/** Which signals a submitted record raises at once, before any batch job runs. */
public final class SafetyRules {

  /** A signal to raise: its kind and what was seen. */
  public record Finding(SignalKind kind, String detail) {}

  private static final Set<Analyte> LIVER =
      EnumSet.of(Analyte.ALT, Analyte.AST, Analyte.GGT, Analyte.ALP, Analyte.BILIRUBIN);

  private final SafetyThresholds thresholds;

  public SafetyRules(SafetyThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * A serious event raises its signal; an event of special interest the signal its study's term
   * raises ({@code term} is null when the study has no such term).
   */
  public List<Finding> of(AdverseEvent event, AdverseEventTerm term) {
    List<Finding> findings = new ArrayList<>();
    if (Boolean.TRUE.equals(event.serious())) {
      findings.add(
          new Finding(
              SignalKind.SERIOUS_ADVERSE_EVENT,
              "serious " + event.term() + ", grade " + event.severityGrade()));
    }
    if (term != null && term.isSpecialInterest()) {
      SignalKind kind =
          switch (term.raises()) {
            case URINARY_SYMPTOMS -> SignalKind.URINARY_SYMPTOMS;
            case MISUSE_OR_CRAVING -> SignalKind.MISUSE_OR_CRAVING;
            case SPECIAL_INTEREST_EVENT -> SignalKind.SPECIAL_INTEREST_EVENT;
          };
      findings.add(new Finding(kind, event.term() + " reported"));
    }
    return findings;
  }

  public List<Finding> of(Infusion infusion) {
    List<Finding> findings = new ArrayList<>();
    VitalSigns v = infusion.vitals() == null ? VitalSigns.none() : infusion.vitals();
    boolean systolicHigh =
        v.systolicMax() != null && v.systolicMax() >= thresholds.systolicAtLeast();
    boolean diastolicHigh =
        v.diastolicMax() != null && v.diastolicMax() >= thresholds.diastolicAtLeast();
    if (systolicHigh || diastolicHigh) {
      findings.add(
          new Finding(
              SignalKind.BLOOD_PRESSURE_HIGH,
              "blood pressure " + v.systolicMax() + "/" + v.diastolicMax() + " during infusion"));
    }
    if (v.spo2Min() != null && v.spo2Min() < thresholds.spo2Below()) {
      findings.add(
          new Finding(
              SignalKind.OXYGEN_SATURATION_LOW,
              "SpO2 down to " + v.spo2Min() + " % during infusion"));
    }
    return findings;
  }

  public List<Finding> of(LabResult result) {
    if (LIVER.contains(result.analyte())) {
      // Compared unrounded: 120.1 U/L at an upper limit of 40 is above 3 x, though it reads 3.00.
      return result.upperNormalLimit() != null
              && result.value() != null
              && result
                      .value()
                      .compareTo(
                          result
                              .upperNormalLimit()
                              .multiply(thresholds.liverTimesUpperNormalLimitAbove()))
                  > 0
          ? List.of(
              new Finding(
                  SignalKind.LIVER_ENZYMES_HIGH,
                  result.analyte()
                      + " at "
                      + result.timesUpperNormalLimit().orElseThrow().toPlainString()
                      + " x upper normal limit"))
          : List.of();
    }
    if (result.analyte() == Analyte.EGFR
        && result.value() != null
        && result.value().compareTo(thresholds.egfrBelow()) < 0) {
      return List.of(
          new Finding(
              SignalKind.KIDNEY_FUNCTION_REDUCED,
              "eGFR " + result.value().toPlainString() + " " + result.unit()));
    }
    if (result.analyte() == Analyte.CREATININE
        && result.upperNormalLimit() != null
        && result.value() != null
        && result
                .value()
                .compareTo(
                    result
                        .upperNormalLimit()
                        .multiply(thresholds.creatinineTimesUpperNormalLimitAbove()))
            > 0) {
      return List.of(
          new Finding(
              SignalKind.KIDNEY_FUNCTION_REDUCED,
              "CREATININE at "
                  + result.timesUpperNormalLimit().orElseThrow().toPlainString()
                  + " x upper normal limit"));
    }
    if (result.analyte() == Analyte.URINE_CYTOLOGY && result.value().signum() > 0) {
      return List.of(
          new Finding(
              SignalKind.URINARY_SYMPTOMS,
              "urine cytology class "
                  + result.value().stripTrailingZeros().toPlainString()
                  + " (atypical or worse)"));
    }
    if (result.analyte() == Analyte.URINE_ERYTHROCYTES && result.value().signum() > 0) {
      return List.of(
          new Finding(
              SignalKind.URINARY_SYMPTOMS,
              "blood in urine (grade " + result.value().toPlainString() + ")"));
    }
    return List.of();
  }

  /**
   * MADRS item 10 or PHQ-9 item 9 at or above its threshold: suicidal thoughts; the urinary
   * questionnaire's score at or above its threshold: urinary symptoms.
   */
  public List<Finding> of(Assessment assessment) {
    Optional<Finding> urinary =
        assessment
            .urinarySymptoms()
            .filter(score -> score >= thresholds.urinarySymptomScoreAtLeast())
            .map(
                score ->
                    new Finding(
                        SignalKind.URINARY_SYMPTOMS,
                        "urinary symptom questionnaire scored " + score + " of 18"));
    if (urinary.isPresent()) {
      return List.of(urinary.get());
    }
    Optional<Finding> madrs =
        assessment
            .suicidalThoughts()
            .filter(score -> score >= thresholds.madrsSuicidalThoughtsAtLeast())
            .map(
                score ->
                    new Finding(
                        SignalKind.SUICIDAL_THOUGHTS,
                        "MADRS item 10 (suicidal thoughts) scored " + score));
    Optional<Finding> phq9 =
        assessment
            .selfHarmThoughts()
            .filter(score -> score >= thresholds.phq9SelfHarmThoughtsAtLeast())
            .map(
                score ->
                    new Finding(
                        SignalKind.SUICIDAL_THOUGHTS,
                        "PHQ-9 item 9 (thoughts of death or self-harm) scored " + score));
    return madrs.or(() -> phq9).stream().toList();
  }
}
