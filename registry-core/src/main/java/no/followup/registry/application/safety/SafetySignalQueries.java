package no.followup.registry.application.safety;

import no.followup.registry.application.Page;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.audit.AuditLog;
import no.followup.registry.domain.safety.SafetySignal;
import no.followup.registry.domain.safety.SafetySignals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's list of safety signals, newest first. */
@Service
public class SafetySignalQueries {

  private final SafetySignals signals;
  private final AuditLog audit;

  public SafetySignalQueries(SafetySignals signals, AuditLog audit) {
    this.signals = signals;
    this.audit = audit;
  }

  @Transactional
  public Page<SafetySignal> page(Actor actor, int page, int size) {
    if (!actor.isCoordinator()) {
      throw new AccessDeniedException("only coordinators read safety signals");
    }
    Page<SafetySignal> result = new Page<>(signals.page(page, size), page, size, signals.count());
    audit.read(
        actor,
        "safety-signal",
        result.items().stream().map(s -> s.participantId().value()).toList());
    return result;
  }
}
