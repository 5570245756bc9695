package no.followup.registry.application.safety;

import no.followup.registry.application.Page;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.audit.AuditLog;
import no.followup.registry.domain.safety.SafetySignal;
import no.followup.registry.domain.safety.SafetySignals;
import no.followup.registry.domain.safety.SignalFilter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Safety signals, newest first: every site's for coordinators, their own site's for site leads. */
@Service
public class SafetySignalQueries {

  private final SafetySignals signals;
  private final AuditLog audit;

  public SafetySignalQueries(SafetySignals signals, AuditLog audit) {
    this.signals = signals;
    this.audit = audit;
  }

  @Transactional
  public Page<SafetySignal> page(Actor actor, SignalFilter filter, int page, int size) {
    SignalFilter visible = visibleTo(actor, filter);
    Page<SafetySignal> result =
        new Page<>(signals.page(visible, page, size), page, size, signals.count(visible));
    audit.read(
        actor,
        "safety-signal",
        result.items().stream().map(s -> s.participantId().value()).toList());
    return result;
  }

  /** A site lead's filter is always their own site, whatever site was asked for. */
  private static SignalFilter visibleTo(Actor actor, SignalFilter filter) {
    if (actor.isCoordinator()) {
      return filter;
    }
    if (actor.roles().contains(Role.SITE_LEAD) && actor.site().isPresent()) {
      return filter.atSite(actor.site().get());
    }
    throw new AccessDeniedException("only coordinators and site leads read safety signals");
  }
}
