package no.followup.registry.domain.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.ScheduledEpisode;

/**
 * Where the treatment episodes are kept. The induction episode comes with the enrolment, and the
 * last episode's discontinuation with the enrolment's: only later episodes are added here.
 */
public interface TreatmentEpisodes {

  TreatmentCourse courseOf(EnrolmentId enrolment);

  void add(EnrolmentId enrolment, TreatmentEpisode episode);

  /** The enrolment's episodes begun by the date, in order, as its visit schedule counts them. */
  List<ScheduledEpisode> scheduleOf(EnrolmentId enrolment, LocalDate asOf);

  /**
   * The episode an assessment of the visit on the date belongs to, as the store will place it: the
   * latest episode of the visit's kind begun by the date, counting the visit's window before its
   * target day; empty if none had begun or the visit is not the study's (migration V38).
   */
  Optional<ScheduledEpisode> episodeOfVisit(
      EnrolmentId enrolment, String visitCode, LocalDate date, LocalDate asOf);

  /** The same for every enrolment a site follows, or every enrolment. */
  Map<EnrolmentId, List<ScheduledEpisode>> schedulesAt(Optional<SiteCode> site, LocalDate asOf);
}
