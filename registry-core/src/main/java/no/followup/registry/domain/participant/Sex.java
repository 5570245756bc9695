package no.followup.registry.domain.participant;

/** Sex as recorded by the site. */
public enum Sex {
  FEMALE,
  MALE,
  UNKNOWN
}
