package no.followup.registry.domain.safety;

import java.time.Instant;
import java.util.Optional;
import no.followup.registry.domain.participant.FreeText;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violations;

/**
 * A signal's triage: its state and the latest conclusion. A signal is taken up for assessment,
 * closed with a causality judgement, its expectedness and the action taken, and may be reopened
 * with a reason; each step says who took it and when (the audit trail keeps every earlier one).
 *
 * @param by who took the last step, {@code null} while the signal is new
 */
public record SignalTriage(
    SignalState state,
    Optional<Causality> causality,
    Optional<Expectedness> expectedness,
    Optional<SignalAction> action,
    Optional<String> comment,
    String by,
    Instant at) {

  public static final int COMMENT_MAX_LENGTH = 2_000;

  public static SignalTriage raised(Instant at) {
    return new SignalTriage(
        SignalState.NEW,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        null,
        at);
  }

  /** The step a coordinator asks for: the state to go to, and for closing, the conclusion. */
  public record Step(
      SignalState to,
      Causality causality,
      Expectedness expectedness,
      SignalAction action,
      String comment) {}

  /** Whether the step can be taken from this state; a step to where the signal is, cannot. */
  public boolean allows(SignalState to) {
    return switch (to) {
      case NEW -> false;
      case UNDER_ASSESSMENT -> state != SignalState.UNDER_ASSESSMENT;
      case CLOSED -> state != SignalState.CLOSED;
    };
  }

  /**
   * The triage after the step. Closing needs the causality, the expectedness and the action;
   * reopening a closed signal needs a reason (the comment); a comment never holds a national ID.
   *
   * @throws RecordRejectedException naming the missing or wrong field
   */
  public SignalTriage next(Step step, String by, Instant at) {
    Violations violations = new Violations();
    violations.required("state", step.to());
    FreeText.check("comment", step.comment(), COMMENT_MAX_LENGTH, violations);
    if (step.to() == SignalState.CLOSED) {
      violations.required("causality", step.causality());
      violations.required("expectedness", step.expectedness());
      violations.required("action", step.action());
    }
    boolean reopening = state == SignalState.CLOSED && step.to() == SignalState.UNDER_ASSESSMENT;
    if (reopening && (step.comment() == null || step.comment().isBlank())) {
      violations.reject("comment", "required", "reopening a closed signal needs a reason");
    }
    violations.throwIfRejected();
    boolean closing = step.to() == SignalState.CLOSED;
    return new SignalTriage(
        step.to(),
        closing ? Optional.of(step.causality()) : Optional.empty(),
        closing ? Optional.of(step.expectedness()) : Optional.empty(),
        closing ? Optional.of(step.action()) : Optional.empty(),
        Optional.ofNullable(step.comment()).map(String::strip).filter(c -> !c.isEmpty()),
        by,
        at);
  }
}
