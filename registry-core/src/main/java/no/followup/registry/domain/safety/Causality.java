package no.followup.registry.domain.safety;

/** The WHO-UMC causality categories for whether the treatment caused what the signal is about. */
public enum Causality {
  CERTAIN,
  PROBABLE,
  POSSIBLE,
  UNLIKELY,
  CONDITIONAL,
  UNASSESSABLE
}
