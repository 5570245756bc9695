package no.followup.registry.application.safety;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.domain.participant.FreeText;
import no.followup.registry.domain.safety.SafetySignals;
import no.followup.registry.domain.safety.SignalComment;
import no.followup.registry.domain.safety.SignalTriage;
import no.followup.registry.domain.safety.TriagedSignal;
import no.followup.registry.domain.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triage of safety signals: coordinators take a signal up, close it with their conclusion, and
 * reopen it with a reason; coordinators and the signal's site lead comment on it. Every step is an
 * audit row with the triage before and after.
 */
@Service
public class SafetySignalTriage {

  private final SafetySignals signals;
  private final SafetySignalQueries queries;
  private final AuditRecorder audit;
  private final RegistryClock clock;

  public SafetySignalTriage(
      SafetySignals signals,
      SafetySignalQueries queries,
      AuditRecorder audit,
      RegistryClock clock) {
    this.signals = signals;
    this.queries = queries;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * @throws ConflictException when the signal is already in the state asked for
   */
  @Transactional
  public SignalTriage step(Actor actor, UUID signalId, SignalTriage.Step step) {
    if (!actor.isCoordinator()) {
      throw new AccessDeniedException("only coordinators triage safety signals");
    }
    queries.requireVisible(actor, signalId);
    TriagedSignal current = signals.findForUpdate(signalId).orElseThrow();
    if (step.to() != null && !current.triage().allows(step.to())) {
      throw new ConflictException(
          "triage-state",
          "the signal is " + current.triage().state() + " and cannot go to " + step.to());
    }
    SignalTriage next = current.triage().next(step, actor.name(), clock.now());
    signals.triage(signalId, next);
    audit.changed(
        actor,
        "TRIAGE",
        "safety-signal",
        signalId,
        current.signal().participantId().value(),
        next.comment().orElse(null),
        auditValue(current.triage()),
        auditValue(next));
    return next;
  }

  /** A comment by a coordinator or by the lead of the signal's site. */
  @Transactional
  public SignalComment comment(Actor actor, UUID signalId, String text) {
    TriagedSignal signal = queries.requireVisible(actor, signalId);
    Violations violations = new Violations();
    if (text == null || text.isBlank()) {
      violations.reject("comment", "required", "a comment cannot be empty");
    }
    FreeText.check("comment", text, SignalTriage.COMMENT_MAX_LENGTH, violations).throwIfRejected();
    SignalComment comment =
        new SignalComment(UUID.randomUUID(), signalId, actor.name(), clock.now(), text.strip());
    signals.comment(comment);
    audit.created(
        actor,
        "safety-signal-comment",
        comment.id(),
        signal.signal().participantId().value(),
        Map.of("signal", signalId.toString(), "comment", comment.text()));
    return comment;
  }

  /** The triage as the audit trail keeps it: plain values, no absent ones. */
  private static Map<String, Object> auditValue(SignalTriage triage) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("state", triage.state().name());
    triage.causality().ifPresent(c -> value.put("causality", c.name()));
    triage.expectedness().ifPresent(e -> value.put("expectedness", e.name()));
    triage.action().ifPresent(a -> value.put("action", a.name()));
    triage.comment().ifPresent(c -> value.put("comment", c));
    return value;
  }
}
