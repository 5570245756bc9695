package no.followup.registry.application.audit;

import no.followup.registry.application.Page;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The auditor's view of the trail, and its verification. Reading the trail is itself audited. */
@Service
public class AuditQueries {

  private final AuditTrail trail;
  private final AuditRecorder audit;
  private final AuditAnchors anchors;

  public AuditQueries(AuditTrail trail, AuditRecorder audit, AuditAnchors anchors) {
    this.trail = trail;
    this.audit = audit;
    this.anchors = anchors;
  }

  @Transactional
  public Page<AuditRecord> search(Actor actor, AuditQuery query, int page, int size) {
    requireAuditor(actor);
    Page<AuditRecord> result =
        new Page<>(trail.search(query, page * size, size), page, size, trail.count(query));
    audit.readOther(actor, "audit-event", "search " + query);
    // Audit rows carry old and new clinical values: each participant they showed is a read.
    audit.read(
        actor,
        "audit-event",
        result.items().stream()
            .map(row -> row.entry().participantId())
            .filter(java.util.Objects::nonNull)
            .toList());
    return result;
  }

  public AuditChainVerification.Result verify(Actor actor) {
    requireAuditor(actor);
    return new AuditChainVerification(trail).verify();
  }

  /** The trail against its latest anchor outside the database. */
  public AuditAnchors.Check checkAnchor(Actor actor) {
    requireAuditor(actor);
    return anchors.checkLatest();
  }

  private static void requireAuditor(Actor actor) {
    if (!actor.roles().contains(Role.AUDITOR)) {
      throw new AccessDeniedException("only auditors read the audit trail");
    }
  }
}
