package no.followup.registry.domain.safety;

/** How the event ended, or where it stands. */
public enum AdverseEventOutcome {
  RECOVERED,
  RECOVERING,
  NOT_RECOVERED,
  RECOVERED_WITH_SEQUELAE,
  FATAL,
  UNKNOWN
}
