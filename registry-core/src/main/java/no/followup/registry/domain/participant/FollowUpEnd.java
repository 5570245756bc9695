package no.followup.registry.domain.participant;

import java.time.LocalDate;
import no.followup.registry.domain.shared.Violations;

/**
 * Follow-up ended for good on a date, for a coded reason; a death with its cause category. Visits
 * whose window opens after it are not expected, and nothing dated after it is accepted.
 *
 * @param deathCause the cause category of a death; null for any other reason
 */
public record FollowUpEnd(LocalDate date, Reason reason, DeathCause deathCause) {

  /** Why follow-up ended. */
  public enum Reason {
    DEATH,
    LOST_TO_FOLLOW_UP,
    MOVED_ABROAD,
    OTHER
  }

  /** The cause of a death, coded as the evaluation counts it: suicide apart. */
  public enum DeathCause {
    SUICIDE,
    OTHER_UNNATURAL,
    NATURAL,
    UNKNOWN
  }

  /** A reason, and a death cause exactly when the reason is a death. */
  public static Violations check(Reason reason, DeathCause cause, Violations violations) {
    violations.required("reason", reason);
    if (reason == Reason.DEATH && cause == null) {
      violations.reject(
          "deathCause", "required", "deathCause is required when the reason is DEATH");
    }
    if (reason != null && reason != Reason.DEATH && cause != null) {
      violations.reject(
          "deathCause", "only-for-death", "deathCause is given only when the reason is DEATH");
    }
    return violations;
  }
}
