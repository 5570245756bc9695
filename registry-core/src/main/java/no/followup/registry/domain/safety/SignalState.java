package no.followup.registry.domain.safety;

/** Where a signal is in its triage: raised, being assessed by a coordinator, or concluded. */
public enum SignalState {
  NEW,
  UNDER_ASSESSMENT,
  CLOSED
}
