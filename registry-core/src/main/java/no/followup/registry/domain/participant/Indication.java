package no.followup.registry.domain.participant;

/** Why the patient is treated. The first study enrols treatment-resistant depression. */
public enum Indication {
  TREATMENT_RESISTANT_DEPRESSION,
  BIPOLAR_DEPRESSION,
  CHRONIC_PAIN,
  COMPLEX_REGIONAL_PAIN_SYNDROME,
  PTSD,
  OTHER
}
