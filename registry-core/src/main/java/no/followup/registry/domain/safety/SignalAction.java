package no.followup.registry.domain.safety;

/** What the coordinator did about a signal. */
public enum SignalAction {
  NONE,
  SITE_FOLLOW_UP,
  TREATMENT_CHANGED,
  REPORTED_TO_AUTHORITIES,
  PROTOCOL_REVIEW
}
