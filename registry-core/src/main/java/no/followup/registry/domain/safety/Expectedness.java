package no.followup.registry.domain.safety;

/** Whether the reaction is one the product information and the study expect. */
public enum Expectedness {
  EXPECTED,
  UNEXPECTED
}
