package no.followup.registry.application.chart;

import java.util.List;
import java.util.Optional;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.followup.EnrolmentSchedule;
import no.followup.registry.application.followup.FollowUps;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.participant.ParticipantView;
import no.followup.registry.application.participant.SiteTransfers;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.application.treatment.TreatmentCourses;
import no.followup.registry.application.treatment.TreatmentCourses.CourseView;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.lab.LabResult;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.participant.SiteReference;
import no.followup.registry.domain.participant.SiteTransfer;
import no.followup.registry.domain.safety.AdverseEvent;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.treatment.Infusion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a participant's page shows, read in one transaction. Each part is read, checked and
 * audited by its own use case, as a single request for it would be; together, their audit rows go
 * to the site's chain in one batch at commit instead of a transaction each.
 */
@Service
public class ParticipantCharts {

  private final Enrolments enrolments;
  private final SiteTransfers transfers;
  private final FollowUps followUps;
  private final TreatmentCourses courses;
  private final ClinicalRecords records;
  private final RecordKinds kinds;

  public ParticipantCharts(
      Enrolments enrolments,
      SiteTransfers transfers,
      FollowUps followUps,
      TreatmentCourses courses,
      ClinicalRecords records,
      RecordKinds kinds) {
    this.enrolments = enrolments;
    this.transfers = transfers;
    this.followUps = followUps;
    this.courses = courses;
    this.records = records;
    this.kinds = kinds;
  }

  /**
   * @param transfers every transfer, read only for a participant who was transferred at all
   */
  public record Chart(
      ParticipantView participant,
      List<SiteTransfer> transfers,
      Optional<SiteReference> siteReference,
      List<EnrolmentSchedule> schedules,
      List<CourseView> courses,
      List<Versioned<Infusion>> infusions,
      List<Versioned<Assessment>> assessments,
      List<Versioned<AdverseEvent>> adverseEvents,
      List<Versioned<LabResult>> labResults) {}

  @Transactional
  public Chart read(Actor actor, ParticipantId id) {
    ParticipantView participant = enrolments.view(actor, id);
    boolean transferred =
        participant.enrolments().stream().anyMatch(e -> e.lastTransfer().isPresent());
    return new Chart(
        participant,
        transferred ? transfers.history(actor, id) : List.of(),
        enrolments.siteReference(actor, id),
        followUps.schedules(actor, id),
        courses.courses(actor, id),
        records.list(actor, id, kinds.infusions()),
        records.list(actor, id, kinds.assessments()),
        records.list(actor, id, kinds.adverseEvents()),
        records.list(actor, id, kinds.labResults()));
  }
}
