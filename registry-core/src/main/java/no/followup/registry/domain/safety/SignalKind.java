package no.followup.registry.domain.safety;

/** What a safety signal is about. Each kind is a rule the coordinator follows up. */
public enum SignalKind {
  SERIOUS_ADVERSE_EVENT,
  SPECIAL_INTEREST_EVENT,
  URINARY_SYMPTOMS,
  MISUSE_OR_CRAVING,
  BLOOD_PRESSURE_HIGH,
  OXYGEN_SATURATION_LOW,
  LIVER_ENZYMES_HIGH,
  KIDNEY_FUNCTION_REDUCED,
  SUICIDAL_THOUGHTS,
  EXPOSURE_BEYOND_PROTOCOL,
  FOLLOW_UP_OVERDUE
}
