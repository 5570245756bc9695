package no.followup.registry.domain.safety;

/**
 * Coded adverse event terms. The common ones are frequent and pass within hours; those of special
 * interest are rare and serious, and each raises a safety signal for the coordinator.
 */
public enum AdverseEventTerm {
  // Common and transient.
  BLOOD_PRESSURE_INCREASED(false),
  HEART_RATE_INCREASED(false),
  SEDATION(false),
  DIZZINESS(false),
  HEADACHE(false),
  NAUSEA(false),
  VOMITING(false),
  BLURRED_VISION(false),
  DOUBLE_VISION(false),
  TUNNEL_VISION(false),
  METALLIC_TASTE(false),
  NUMBNESS(false),
  RESTLESSNESS(false),
  FATIGUE(false),
  DISSOCIATION(false),
  PERCEPTUAL_CHANGES(false),
  // Of special interest.
  CYSTITIS(true),
  HAEMATURIA(true),
  PAINFUL_URINATION(true),
  FREQUENT_URINATION(true),
  LIVER_ENZYMES_INCREASED(true),
  CHOLESTASIS(true),
  CHOLANGITIS(true),
  ACUTE_RENAL_FAILURE(true),
  HYDRONEPHROSIS(true),
  RESPIRATORY_DEPRESSION(true),
  ALLERGIC_REACTION(true),
  PERSISTENT_HALLUCINATIONS(true),
  PSYCHOSIS(true),
  CRAVING(true),
  MISUSE(true),
  ARRHYTHMIA(true),
  SUICIDALITY(true),
  COGNITIVE_IMPAIRMENT(true),
  OTHER(false);

  private final boolean specialInterest;

  AdverseEventTerm(boolean specialInterest) {
    this.specialInterest = specialInterest;
  }

  public boolean isSpecialInterest() {
    return specialInterest;
  }
}
