package no.followup.registry.domain.study;

/** The unit a treatment's dose is given in. */
public enum DoseUnit {
  /** By body weight, over an infusion time: IV racemic ketamine. */
  MG_PER_KG,
  /** A fixed dose per session, without weight or duration: esketamine nasal spray. */
  MG
}
