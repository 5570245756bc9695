package no.followup.registry.domain.study;

/** Where a scheduled visit stands on a given date. */
public enum VisitState {
  /** Its window has not opened yet. */
  UPCOMING,
  /** Its window is open and nothing has been received. */
  DUE,
  /** Received inside its window (or before it opened, which still counts as done). */
  RECEIVED_IN_WINDOW,
  /** Received after its window closed. */
  RECEIVED_LATE,
  /** Its window has closed and nothing has been received. */
  MISSED,
  /** The window opens after follow-up ended (consent withdrawn, death, lost): not expected. */
  NOT_EXPECTED
}
