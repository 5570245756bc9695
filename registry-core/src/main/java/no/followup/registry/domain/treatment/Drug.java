package no.followup.registry.domain.treatment;

/** The drug given. The first study gives racemic ketamine intravenously. */
public enum Drug {
  RACEMIC_KETAMINE,
  ESKETAMINE
}
