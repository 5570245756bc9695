package no.followup.registry.batch.completeness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyCode;
import no.followup.registry.domain.study.VisitSchedule;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The state of every scheduled visit of every episode of one enrolment on the as-of date, by the
 * study's schedules.
 */
class VisitStatusProcessor implements ItemProcessor<EnrolmentVisits, List<VisitStatusRow>> {

  private final Studies studies;
  private final LocalDate asOf;

  VisitStatusProcessor(Studies studies, LocalDate asOf) {
    this.studies = studies;
    this.asOf = asOf;
  }

  @Override
  public List<VisitStatusRow> process(EnrolmentVisits e) {
    // The schedule of the study version the enrolment was enrolled under, not the newest.
    VisitSchedule schedule =
        studies.version(StudyCode.of(e.studyCode()), e.studyVersion()).orElseThrow().schedule();
    return schedule
        .statusOn(e.episodes(), e.received(), Optional.ofNullable(e.followUpEnded()), asOf)
        .stream()
        .map(
            s ->
                new VisitStatusRow(
                    e.enrolmentId(),
                    e.participantId(),
                    e.siteCode(),
                    s.episode(),
                    s.visit().code(),
                    s.state().name(),
                    s.windowOpens(),
                    s.windowCloses(),
                    s.receivedOn().orElse(null)))
        .toList();
  }
}
