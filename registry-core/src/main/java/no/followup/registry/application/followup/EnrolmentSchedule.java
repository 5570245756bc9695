package no.followup.registry.application.followup;

import java.util.List;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.study.VisitStatus;

/** One enrolment's visits as they stand today: received, late, due, missed or not expected. */
public record EnrolmentSchedule(Enrolment enrolment, List<VisitStatus> visits) {

  public EnrolmentSchedule {
    visits = List.copyOf(visits);
  }
}
