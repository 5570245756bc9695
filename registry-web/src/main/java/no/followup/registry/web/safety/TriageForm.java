package no.followup.registry.web.safety;

import java.util.Set;
import no.followup.registry.domain.safety.Causality;
import no.followup.registry.domain.safety.Expectedness;
import no.followup.registry.domain.safety.SignalAction;
import no.followup.registry.domain.safety.SignalState;
import no.followup.registry.domain.safety.SignalTriage;

/** A coordinator's triage step: the state to go to and, to close, the conclusion. */
public class TriageForm {

  static final Set<String> FIELDS =
      Set.of("state", "causality", "expectedness", "action", "comment");

  private SignalState state;
  private Causality causality;
  private Expectedness expectedness;
  private SignalAction action;
  private String comment;

  SignalTriage.Step toStep() {
    return new SignalTriage.Step(state, causality, expectedness, action, comment);
  }

  public SignalState getState() {
    return state;
  }

  public void setState(SignalState state) {
    this.state = state;
  }

  public Causality getCausality() {
    return causality;
  }

  public void setCausality(Causality causality) {
    this.causality = causality;
  }

  public Expectedness getExpectedness() {
    return expectedness;
  }

  public void setExpectedness(Expectedness expectedness) {
    this.expectedness = expectedness;
  }

  public SignalAction getAction() {
    return action;
  }

  public void setAction(SignalAction action) {
    this.action = action;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
