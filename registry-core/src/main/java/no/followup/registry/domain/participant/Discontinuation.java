package no.followup.registry.domain.participant;

import java.time.LocalDate;

/**
 * Treatment ended for good, on a date and for a reason. Follow-up visits go on (that is how the
 * lasting effect is measured); further infusions are refused.
 */
public record Discontinuation(LocalDate date, Reason reason) {

  /** Why treatment ended. */
  public enum Reason {
    LACK_OF_EFFECT,
    ADVERSE_EVENT,
    PATIENT_CHOICE,
    CONTRAINDICATION,
    COMPLETED,
    OTHER
  }
}
