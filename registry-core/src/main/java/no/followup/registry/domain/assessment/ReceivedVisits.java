package no.followup.registry.domain.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.site.SiteCode;

/** When each visit was first assessed, per enrolment: what the visit schedule is judged against. */
public interface ReceivedVisits {

  /**
   * By enrolment, then by visit code, the first assessment date; of the enrolments a site follows
   * (whichever site entered the assessment) or of all.
   */
  Map<EnrolmentId, Map<String, LocalDate>> firstAssessed(Optional<SiteCode> site);
}
