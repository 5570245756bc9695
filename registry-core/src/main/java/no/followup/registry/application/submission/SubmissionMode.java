package no.followup.registry.application.submission;

/** How a bulk submission treats a rejected record. */
public enum SubmissionMode {
  /** One rejected record rejects the whole submission; nothing is stored. */
  ATOMIC,
  /** Rejected records are left out; the valid ones are stored. */
  PARTIAL
}
