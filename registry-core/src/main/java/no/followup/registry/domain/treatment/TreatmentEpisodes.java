package no.followup.registry.domain.treatment;

import no.followup.registry.domain.participant.EnrolmentId;

/**
 * Where the treatment episodes are kept. The induction episode comes with the enrolment, and the
 * last episode's discontinuation with the enrolment's: only later episodes are added here.
 */
public interface TreatmentEpisodes {

  TreatmentCourse courseOf(EnrolmentId enrolment);

  void add(EnrolmentId enrolment, TreatmentEpisode episode);
}
