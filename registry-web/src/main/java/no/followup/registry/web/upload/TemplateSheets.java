package no.followup.registry.web.upload;

import static no.followup.registry.web.upload.TemplateColumn.Cells.DATE;
import static no.followup.registry.web.upload.TemplateColumn.Cells.NATIONAL_ID;
import static no.followup.registry.web.upload.TemplateColumn.Cells.NUMBER;
import static no.followup.registry.web.upload.TemplateColumn.Cells.TEXT;
import static no.followup.registry.web.upload.TemplateColumn.Cells.YES_NO;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.followup.registry.application.record.RecordFactory;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.application.submission.SubmissionCommand;
import no.followup.registry.domain.lab.Analyte;
import no.followup.registry.domain.participant.Eligibility;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.Relatedness;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.study.AdverseEventTerm;
import no.followup.registry.domain.study.InstrumentDefinition;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.domain.study.VisitDefinition;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Route;
import no.followup.registry.web.participant.EnrolmentForm;
import no.followup.registry.web.record.AdverseEventForm;
import no.followup.registry.web.record.AssessmentForm;
import no.followup.registry.web.record.InfusionForm;
import no.followup.registry.web.record.LabResultForm;
import org.springframework.stereotype.Component;

/**
 * The template's sheets, laid out from a study definition: its code, its visits, its instruments
 * and their items; the coded values of every other column come from the domain. A row fills the
 * same form as the record's page and is stored through the same use case.
 */
@Component
class TemplateSheets {

  /** The code prefix of the column whose codes are the study's adverse-event terms. */
  static final String STUDY_TERMS = "term";

  private final RecordKinds kinds;

  TemplateSheets(RecordKinds kinds) {
    this.kinds = kinds;
  }

  /** In the order a submission runs them: enrolments before the records that need them. */
  List<TemplateSheet<?>> of(StudyDefinition study) {
    return List.of(
        enrolmentSheet(study),
        infusionSheet(),
        assessmentSheet(study),
        adverseEventSheet(study),
        labResultSheet());
  }

  private TemplateSheet<EnrolmentForm> enrolmentSheet(StudyDefinition study) {
    return new TemplateSheet<>(
        "participant",
        List.of(
            TemplateColumn.of("nationalId", NATIONAL_ID, "enrol.nationalId"),
            TemplateColumn.of("siteReference", TEXT, "enrol.siteReference"),
            TemplateColumn.coded(
                "studyCode", "enrolment.study", List.of(study.code().value()), null),
            TemplateColumn.coded(
                "indication", "enrolment.indication", names(Indication.values()), "indication"),
            TemplateColumn.of("enrolmentDate", DATE, "enrolment.date"),
            TemplateColumn.of("offLabelInformed", YES_NO, "consent.offLabelInformed"),
            TemplateColumn.of("registryConsent", YES_NO, "consent.registryConsent"),
            TemplateColumn.of("consentDate", DATE, "consent.date"),
            // The pre-assessment, optional: added after sites saved their templates.
            TemplateColumn.of(
                    "eligibility.antidepressantTrials", NUMBER, "eligibility.antidepressantTrials")
                .mayBeMissing(),
            TemplateColumn.of("eligibility.priorEct", YES_NO, "eligibility.priorEct")
                .mayBeMissing(),
            TemplateColumn.coded(
                    "eligibility.substanceUse",
                    "eligibility.substanceUse",
                    names(Eligibility.SubstanceUse.values()),
                    "substanceUse")
                .mayBeMissing(),
            TemplateColumn.of("eligibility.benzodiazepines", YES_NO, "eligibility.benzodiazepines")
                .mayBeMissing(),
            TemplateColumn.of("eligibility.opioids", YES_NO, "eligibility.opioids").mayBeMissing(),
            TemplateColumn.of("eligibility.otherSedatives", YES_NO, "eligibility.otherSedatives")
                .mayBeMissing(),
            TemplateColumn.of(
                    "eligibility.contraindicationsChecked",
                    YES_NO,
                    "eligibility.contraindicationsChecked")
                .mayBeMissing(),
            TemplateColumn.of("eligibility.systolic", NUMBER, "eligibility.systolic")
                .mayBeMissing(),
            TemplateColumn.of("eligibility.diastolic", NUMBER, "eligibility.diastolic")
                .mayBeMissing()),
        EnrolmentForm::new,
        (row, form) -> new SubmissionCommand.Enrol(form.toCommand()));
  }

  private TemplateSheet<InfusionForm> infusionSheet() {
    return new TemplateSheet<>(
        "infusion",
        List.of(
            TemplateColumn.participant(),
            TemplateColumn.of("date", DATE, "record.date"),
            TemplateColumn.coded("drug", "infusion.drug", names(Drug.values()), "drug"),
            TemplateColumn.coded("route", "infusion.route", names(Route.values()), "route"),
            TemplateColumn.of("doseMgPerKg", NUMBER, "infusion.dose"),
            TemplateColumn.of("doseMg", NUMBER, "infusion.doseMg"),
            TemplateColumn.of("weightKg", NUMBER, "infusion.weight"),
            TemplateColumn.of("durationMinutes", NUMBER, "infusion.duration"),
            TemplateColumn.of("vitals.systolicBefore", NUMBER, "vitals.systolicBefore"),
            TemplateColumn.of("vitals.diastolicBefore", NUMBER, "vitals.diastolicBefore"),
            TemplateColumn.of("vitals.systolicMax", NUMBER, "vitals.systolicMax"),
            TemplateColumn.of("vitals.diastolicMax", NUMBER, "vitals.diastolicMax"),
            TemplateColumn.of("vitals.systolicAfter", NUMBER, "vitals.systolicAfter"),
            TemplateColumn.of("vitals.diastolicAfter", NUMBER, "vitals.diastolicAfter"),
            TemplateColumn.of("vitals.heartRateMax", NUMBER, "vitals.heartRateMax"),
            TemplateColumn.of("vitals.spo2Min", NUMBER, "vitals.spo2Min"),
            TemplateColumn.of("dissociationScore", NUMBER, "infusion.dissociation")),
        InfusionForm::new,
        (row, form) -> add(row, kinds.infusions(), form::toRecord));
  }

  private TemplateSheet<AssessmentForm> assessmentSheet(StudyDefinition study) {
    List<TemplateColumn> columns = new ArrayList<>();
    columns.add(TemplateColumn.participant());
    columns.add(TemplateColumn.of("date", DATE, "record.date"));
    columns.add(
        TemplateColumn.coded(
            "visit", "visit", study.visits().stream().map(VisitDefinition::code).toList(), null));
    columns.add(
        TemplateColumn.coded(
            "instrument",
            "assessment.instrument",
            study.instruments().stream().map(InstrumentDefinition::code).toList(),
            "instrument"));
    columns.add(TemplateColumn.of("totalScore", NUMBER, "assessment.total"));
    int items =
        study.instruments().stream().mapToInt(InstrumentDefinition::itemCount).max().orElse(0);
    for (int item = 1; item <= items; item++) {
      columns.add(TemplateColumn.item(item));
    }
    return new TemplateSheet<>(
        "assessment",
        columns,
        AssessmentForm::new,
        (row, form) -> add(row, kinds.assessments(), form::toRecord));
  }

  private TemplateSheet<AdverseEventForm> adverseEventSheet(StudyDefinition study) {
    return new TemplateSheet<>(
        "adverse-event",
        List.of(
            TemplateColumn.participant(),
            TemplateColumn.of("onsetDate", DATE, "adverseEvent.onsetDate"),
            TemplateColumn.coded(
                "term",
                "adverseEvent.term",
                study.adverseEventTerms().stream().map(AdverseEventTerm::code).toList(),
                STUDY_TERMS),
            TemplateColumn.of("severityGrade", NUMBER, "adverseEvent.severityGrade"),
            TemplateColumn.of("serious", YES_NO, "adverseEvent.serious.label"),
            TemplateColumn.coded(
                "relatedness",
                "adverseEvent.relatedness",
                names(Relatedness.values()),
                "relatedness"),
            TemplateColumn.coded(
                "action", "adverseEvent.action", names(ActionTaken.values()), "action"),
            TemplateColumn.coded(
                "outcome", "adverseEvent.outcome", names(AdverseEventOutcome.values()), "outcome")),
        AdverseEventForm::new,
        (row, form) -> add(row, kinds.adverseEvents(), form::toRecord));
  }

  private TemplateSheet<LabResultForm> labResultSheet() {
    return new TemplateSheet<>(
        "lab-result",
        List.of(
            TemplateColumn.participant(),
            TemplateColumn.of("date", DATE, "lab.date"),
            TemplateColumn.coded("analyte", "lab.analyte", names(Analyte.values()), "analyte"),
            TemplateColumn.of("value", NUMBER, "lab.value"),
            TemplateColumn.of("upperNormalLimit", NUMBER, "lab.upperNormalLimit")),
        LabResultForm::new,
        (row, form) -> add(row, kinds.labResults(), form::toRecord));
  }

  /** A clinical record for the site's own participant named by the row's national ID. */
  private static <T extends EnrolmentRecord> SubmissionCommand add(
      UploadedRow row, RecordKind<T> kind, RecordFactory<T> factory) {
    String nationalId = row.cell(TemplateColumn.PARTICIPANT);
    if (nationalId == null) {
      return new SubmissionCommand.Unreadable(
          List.of(
              Violation.rejection(
                  TemplateColumn.PARTICIPANT, "required", "the national ID is required")));
    }
    return new SubmissionCommand.AddRecord<>(
        new SubmissionCommand.ParticipantRef(null, nationalId), kind, factory);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
