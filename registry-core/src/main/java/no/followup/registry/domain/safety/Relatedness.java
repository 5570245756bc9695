package no.followup.registry.domain.safety;

/** How likely the event was caused by ketamine, as judged by the site. */
public enum Relatedness {
  NOT_RELATED,
  UNLIKELY,
  POSSIBLE,
  PROBABLE,
  DEFINITE
}
