package no.followup.registry.domain.safety;

/** What the site did about the event. */
public enum ActionTaken {
  NONE,
  DOSE_REDUCED,
  INFUSION_INTERRUPTED,
  INFUSION_STOPPED,
  TREATMENT_ENDED
}
