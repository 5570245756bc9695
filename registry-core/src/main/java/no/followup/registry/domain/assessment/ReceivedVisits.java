package no.followup.registry.domain.assessment;

import java.util.Map;
import java.util.Optional;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.FirstAssessed;

/** When each visit was first assessed, per enrolment: what the visit schedule is judged against. */
public interface ReceivedVisits {

  /**
   * By enrolment, the day each visit of each episode was first assessed; of the enrolments a site
   * follows (whichever site entered the assessment) or of all.
   */
  Map<EnrolmentId, FirstAssessed> firstAssessed(Optional<SiteCode> site);

  /** The same for one enrolment. */
  FirstAssessed firstAssessed(EnrolmentId enrolment);
}
