package no.followup.registry.domain.study;

/**
 * What a treatment episode is for. The study defines a visit schedule for each kind ({@link
 * VisitDefinition#episodeKind()}).
 */
public enum EpisodeKind {
  /** The first series of an enrolment (about six infusions over three weeks). */
  INDUCTION,
  /** Boosters to keep a response: an infusion about monthly or esketamine spray weekly. */
  MAINTENANCE,
  /** A new series after a relapse or a pause, with a baseline of its own. */
  RETREATMENT
}
