package no.followup.registry.application.participant;

import java.util.List;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.application.metrics.RegistryMetrics;
import no.followup.registry.domain.participant.Eligibility;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.FreeText;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.participant.Participants;
import no.followup.registry.domain.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-assessment given after enrolment (it is optional there), or corrected: a correction needs
 * a reason, and the values it replaces stay in the audit trail.
 */
@Service
public class PreAssessments {

  private final Enrolments enrolments;
  private final Participants participants;
  private final AuditRecorder audit;
  private final RegistryMetrics metrics;

  public PreAssessments(
      Enrolments enrolments,
      Participants participants,
      AuditRecorder audit,
      RegistryMetrics metrics) {
    this.enrolments = enrolments;
    this.participants = participants;
    this.audit = audit;
    this.metrics = metrics;
  }

  @Transactional
  public ParticipantView record(Actor actor, ParticipantId id, Eligibility facts, String reason) {
    Enrolment enrolment = enrolments.ownEnrolment(actor, id);
    Violations violations = new Violations();
    if (enrolment.isWithdrawn()) {
      violations.reject(
          "eligibility", "withdrawn", "consent was withdrawn; no further data is accepted");
    }
    if (facts == null) {
      violations.required("eligibility", null);
    } else {
      facts.check(violations);
    }
    boolean correction = enrolment.eligibility().isPresent();
    if (correction && (reason == null || reason.isBlank())) {
      violations.reject("reason", "required", "a correction needs a reason");
    }
    FreeText.check("reason", reason, FreeText.REASON_MAX_LENGTH, violations).throwIfRejected();
    Enrolment recorded = enrolment.withEligibility(facts);
    participants.updateEligibility(recorded);
    audit.changed(
        actor,
        correction ? "CORRECT" : "CREATE",
        "eligibility",
        enrolment.id().value(),
        id.value(),
        correction ? reason.strip() : "pre-assessment given",
        enrolment.eligibility().orElse(null),
        facts);
    metrics.stored(enrolment.site(), "eligibility");
    return new ParticipantView(participants.find(id).orElseThrow(), List.of(recorded));
  }
}
