package no.followup.registry.domain.participant;

/**
 * Where an enrolment stands: treated and followed, followed after treatment ended, or withdrawn.
 */
public enum FollowUpStatus {
  ACTIVE,
  TREATMENT_ENDED,
  WITHDRAWN
}
