package no.followup.registry.web.record;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEvent;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.Relatedness;
import no.followup.registry.domain.shared.Versioned;
import org.springframework.format.annotation.DateTimeFormat;

/** An adverse event: the coded term, its grade, seriousness, relatedness, action and outcome. */
public class AdverseEventForm extends CorrectableForm<AdverseEvent> {

  static final Set<String> FIELDS =
      Set.of(
          "onsetDate",
          "term",
          "severityGrade",
          "serious",
          "relatedness",
          "action",
          "outcome",
          "reason");

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate onsetDate;

  private String term;
  private Integer severityGrade;
  private boolean serious;
  private Relatedness relatedness;
  private ActionTaken action;
  private AdverseEventOutcome outcome;

  /** The form filled with a stored adverse event, to correct it. */
  static AdverseEventForm of(Versioned<AdverseEvent> stored) {
    AdverseEvent event = stored.record();
    AdverseEventForm form = new AdverseEventForm();
    form.onsetDate = event.onsetDate();
    form.term = event.term();
    form.severityGrade = event.severityGrade();
    form.serious = Boolean.TRUE.equals(event.serious());
    form.relatedness = event.relatedness();
    form.action = event.action();
    form.outcome = event.outcome();
    form.setVersion(stored.version());
    return form;
  }

  @Override
  public AdverseEvent toRecord(UUID id, EnrolmentId enrolment) {
    return new AdverseEvent(
        id, enrolment, onsetDate, term, severityGrade, serious, relatedness, action, outcome);
  }

  public LocalDate getOnsetDate() {
    return onsetDate;
  }

  public void setOnsetDate(LocalDate onsetDate) {
    this.onsetDate = onsetDate;
  }

  /** The code of the study's term. */
  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term == null || term.isBlank() ? null : term;
  }

  public Integer getSeverityGrade() {
    return severityGrade;
  }

  public void setSeverityGrade(Integer severityGrade) {
    this.severityGrade = severityGrade;
  }

  public boolean isSerious() {
    return serious;
  }

  public void setSerious(boolean serious) {
    this.serious = serious;
  }

  public Relatedness getRelatedness() {
    return relatedness;
  }

  public void setRelatedness(Relatedness relatedness) {
    this.relatedness = relatedness;
  }

  public ActionTaken getAction() {
    return action;
  }

  public void setAction(ActionTaken action) {
    this.action = action;
  }

  public AdverseEventOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(AdverseEventOutcome outcome) {
    this.outcome = outcome;
  }
}
