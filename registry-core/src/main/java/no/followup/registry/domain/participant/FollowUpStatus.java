package no.followup.registry.domain.participant;

/**
 * Where an enrolment stands: treated and followed, followed after treatment ended, follow-up ended
 * (death, lost, moved abroad), or withdrawn.
 */
public enum FollowUpStatus {
  ACTIVE,
  TREATMENT_ENDED,
  FOLLOW_UP_ENDED,
  WITHDRAWN
}
