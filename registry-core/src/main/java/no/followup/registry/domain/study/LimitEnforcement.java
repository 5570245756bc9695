package no.followup.registry.domain.study;

/** What a study does with a record beyond its protocol limits. */
public enum LimitEnforcement {
  /** Stored, and shown to the site and to the safety jobs as a warning. */
  WARN,
  /** Refused: the site must correct it or the study must change its protocol. */
  REJECT
}
