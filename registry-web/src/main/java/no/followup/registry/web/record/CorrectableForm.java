package no.followup.registry.web.record;

import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;

/**
 * What every record form carries for a correction: the version it was filled from (so a change made
 * meanwhile by someone else is not overwritten) and why the record is corrected.
 */
public abstract class CorrectableForm<T> {

  private Integer version;
  private String reason;

  /** The record the form describes, under the id and enrolment the use case gives it. */
  public abstract T toRecord(UUID id, EnrolmentId enrolment);

  /** The version the form was filled from; a form without one is no correction of anything. */
  int versionOrZero() {
    return version == null ? 0 : version;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
