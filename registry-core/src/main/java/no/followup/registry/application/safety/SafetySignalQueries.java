package no.followup.registry.application.safety;

import java.util.List;
import java.util.UUID;
import no.followup.registry.application.Page;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.domain.safety.SafetySignals;
import no.followup.registry.domain.safety.SignalComment;
import no.followup.registry.domain.safety.SignalFilter;
import no.followup.registry.domain.safety.TriagedSignal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Safety signals, newest first: every site's for coordinators, their own site's for site leads. */
@Service
public class SafetySignalQueries {

  private final SafetySignals signals;
  private final AuditRecorder audit;

  public SafetySignalQueries(SafetySignals signals, AuditRecorder audit) {
    this.signals = signals;
    this.audit = audit;
  }

  @Transactional
  public Page<TriagedSignal> page(Actor actor, SignalFilter filter, int page, int size) {
    SignalFilter visible = visibleTo(actor, filter);
    Page<TriagedSignal> result =
        new Page<>(signals.page(visible, page, size), page, size, signals.count(visible));
    audit.read(
        actor,
        "safety-signal",
        result.items().stream().map(s -> s.signal().participantId().value()).toList());
    return result;
  }

  /** One signal with its comments, oldest first. */
  @Transactional
  public SignalView get(Actor actor, UUID signalId) {
    TriagedSignal signal = requireVisible(actor, signalId);
    audit.read(actor, "safety-signal", List.of(signal.signal().participantId().value()));
    return new SignalView(signal, signals.comments(signalId));
  }

  /** A signal and what was said about it. */
  public record SignalView(TriagedSignal triaged, List<SignalComment> comments) {}

  /**
   * The signal, when the actor may see it: any for coordinators, their own site's for site leads;
   * another site's is not found, as if it did not exist.
   */
  TriagedSignal requireVisible(Actor actor, UUID signalId) {
    SignalFilter mine = visibleTo(actor, SignalFilter.any());
    return signals
        .find(signalId)
        .filter(s -> mine.site().map(site -> site.equals(s.signal().site())).orElse(true))
        .orElseThrow(() -> new NotFoundException("safety signal"));
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
