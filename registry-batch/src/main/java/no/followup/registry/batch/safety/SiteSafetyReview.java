package no.followup.registry.batch.safety;

import java.time.LocalDate;
import java.util.List;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.application.safety.SignalRaiser;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.participant.Participants;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyDefinition;
import org.springframework.stereotype.Component;

/**
 * Checks one site's records with the same rules and signal logic as a submission does, so records
 * stored before a threshold changed, or through a path that raised no signal, are caught. Raising
 * is idempotent (one signal per kind and record), so the review can run any number of times.
 */
@Component
class SiteSafetyReview {

  private final Participants participants;
  private final Studies studies;
  private final RecordKinds kinds;
  private final SignalRaiser signals;

  SiteSafetyReview(
      Participants participants, Studies studies, RecordKinds kinds, SignalRaiser signals) {
    this.participants = participants;
    this.studies = studies;
    this.kinds = kinds;
    this.signals = signals;
  }

  /**
   * @return how many records were checked
   */
  int review(SiteCode site, LocalDate asOf) {
    int checked = 0;
    for (Enrolment enrolment : participants.enrolmentsAt(site)) {
      StudyDefinition study =
          studies.version(enrolment.study(), enrolment.studyVersion()).orElseThrow();
      checked += review(enrolment, study, kinds.infusions(), asOf);
      checked += review(enrolment, study, kinds.assessments(), asOf);
      checked += review(enrolment, study, kinds.adverseEvents(), asOf);
      checked += review(enrolment, study, kinds.labResults(), asOf);
    }
    return checked;
  }

  private <T extends EnrolmentRecord> int review(
      Enrolment enrolment, StudyDefinition study, RecordKind<T> kind, LocalDate asOf) {
    List<Versioned<T>> records = kind.store().ofEnrolment(enrolment.id());
    for (Versioned<T> stored : records) {
      T record = stored.record();
      if (record.date().isAfter(asOf)) {
        continue;
      }
      RecordKind.Checked<T> checked =
          kind.rules()
              .check(
                  record,
                  enrolment,
                  study,
                  () -> records.stream().filter(v -> !v.record().id().equals(record.id())).toList(),
                  asOf);
      signals.raise(
          enrolment,
          study,
          kind,
          checked.record() == null ? record : checked.record(),
          checked.violations().warnings());
    }
    return records.size();
  }
}
