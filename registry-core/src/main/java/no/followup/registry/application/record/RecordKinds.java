package no.followup.registry.application.record;

import java.util.ArrayList;
import java.util.List;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.assessment.AssessmentRules;
import no.followup.registry.domain.assessment.Assessments;
import no.followup.registry.domain.lab.LabResult;
import no.followup.registry.domain.lab.LabResultRules;
import no.followup.registry.domain.lab.LabResults;
import no.followup.registry.domain.safety.AdverseEvent;
import no.followup.registry.domain.safety.AdverseEventRules;
import no.followup.registry.domain.safety.AdverseEvents;
import no.followup.registry.domain.safety.SafetyRules;
import no.followup.registry.domain.safety.SignalKind;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.InfusionRules;
import no.followup.registry.domain.treatment.Infusions;
import no.followup.registry.domain.treatment.TreatmentEpisodes;
import org.springframework.stereotype.Component;

/** The four kinds of clinical record of the ketamine study, wired to their stores and rules. */
@Component
public class RecordKinds {

  private final RecordKind<Infusion> infusions;
  private final RecordKind<Assessment> assessments;
  private final RecordKind<AdverseEvent> adverseEvents;
  private final RecordKind<LabResult> labResults;

  public RecordKinds(
      Infusions infusions,
      Assessments assessments,
      AdverseEvents adverseEvents,
      LabResults labResults,
      TreatmentEpisodes episodes) {
    this.infusions =
        new RecordKind<>(
            "infusion",
            infusions,
            (infusion, enrolment, study, others, today) ->
                new RecordKind.Checked<>(
                    infusion,
                    InfusionRules.check(
                        infusion,
                        enrolment,
                        study,
                        others.get().stream().map(Versioned::record).toList(),
                        today)),
            RecordKinds::infusionSignals);
    this.assessments =
        new RecordKind<>(
            "assessment",
            assessments,
            (assessment, enrolment, study, others, today) -> {
              AssessmentRules.Checked checked =
                  AssessmentRules.check(
                      assessment,
                      enrolment,
                      study,
                      episodes.episodeOfVisit(
                          enrolment.id(), assessment.visitCode(), assessment.date(), today),
                      today);
              return new RecordKind.Checked<>(checked.assessment(), checked.violations());
            },
            (rules, study, assessment, warnings) -> rules.of(assessment));
    this.adverseEvents =
        new RecordKind<>(
            "adverse-event",
            adverseEvents,
            (event, enrolment, study, others, today) ->
                new RecordKind.Checked<>(
                    event, AdverseEventRules.check(event, enrolment, study, today)),
            (rules, study, event, warnings) ->
                rules.of(event, study.adverseEventTerm(event.term()).orElse(null)));
    this.labResults =
        new RecordKind<>(
            "lab-result",
            labResults,
            (result, enrolment, study, others, today) ->
                new RecordKind.Checked<>(
                    result,
                    LabResultRules.check(
                        result,
                        enrolment,
                        others.get().stream().map(Versioned::record).toList(),
                        today)),
            RecordKinds::labResultSignals);
  }

  /** Vital signs beyond the thresholds, and any protocol limit passed, raise a signal. */
  private static List<SafetyRules.Finding> infusionSignals(
      SafetyRules rules, StudyDefinition study, Infusion infusion, List<Violation> warnings) {
    List<SafetyRules.Finding> findings = new ArrayList<>(rules.of(infusion));
    warnings.stream()
        .filter(w -> w.rule().startsWith("protocol-"))
        .map(w -> new SafetyRules.Finding(SignalKind.EXPOSURE_BEYOND_PROTOCOL, w.message()))
        .findFirst()
        .ifPresent(findings::add);
    return findings;
  }

  /**
   * A lab value beyond the thresholds raises a signal; a kidney value far from the participant's
   * own first one raises the kidney signal too, unless the thresholds raised it already.
   */
  private static List<SafetyRules.Finding> labResultSignals(
      SafetyRules rules, StudyDefinition study, LabResult result, List<Violation> warnings) {
    List<SafetyRules.Finding> findings = new ArrayList<>(rules.of(result));
    if (findings.stream().noneMatch(f -> f.kind() == SignalKind.KIDNEY_FUNCTION_REDUCED)) {
      warnings.stream()
          .filter(w -> w.rule().equals("kidney-change-from-baseline"))
          .map(w -> new SafetyRules.Finding(SignalKind.KIDNEY_FUNCTION_REDUCED, w.message()))
          .findFirst()
          .ifPresent(findings::add);
    }
    return findings;
  }

  public RecordKind<Infusion> infusions() {
    return infusions;
  }

  public RecordKind<Assessment> assessments() {
    return assessments;
  }

  public RecordKind<AdverseEvent> adverseEvents() {
    return adverseEvents;
  }

  public RecordKind<LabResult> labResults() {
    return labResults;
  }
}
