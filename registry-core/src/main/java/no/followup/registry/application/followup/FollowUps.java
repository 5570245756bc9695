package no.followup.registry.application.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.followup.registry.application.Page;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.audit.AuditLog;
import no.followup.registry.domain.assessment.ReceivedVisits;
import no.followup.registry.domain.consent.Withdrawal;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.Participants;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.domain.study.VisitState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The due and overdue visits of the actor's own site, soonest closing window first. */
@Service
public class FollowUps {

  private final Participants participants;
  private final ReceivedVisits receivedVisits;
  private final Studies studies;
  private final AuditLog audit;
  private final RegistryClock clock;

  public FollowUps(
      Participants participants,
      ReceivedVisits receivedVisits,
      Studies studies,
      AuditLog audit,
      RegistryClock clock) {
    this.participants = participants;
    this.receivedVisits = receivedVisits;
    this.studies = studies;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Page<DueVisit> dueAtOwnSite(Actor actor, int page, int size) {
    Optional<SiteCode> site = Optional.of(actor.writingSite());
    Map<EnrolmentId, Map<String, LocalDate>> received = receivedVisits.firstAssessed(site);
    List<DueVisit> due =
        participants.activeEnrolments(site).stream()
            .flatMap(
                enrolment -> dueVisits(enrolment, received.getOrDefault(enrolment.id(), Map.of())))
            .sorted(
                Comparator.comparing(DueVisit::windowCloses)
                    .thenComparing(v -> v.participantId().value()))
            .toList();
    List<DueVisit> pageItems = due.stream().skip((long) page * size).limit(size).toList();
    audit.read(actor, "follow-up", pageItems.stream().map(v -> v.participantId().value()).toList());
    return new Page<>(pageItems, page, size, due.size());
  }

  private Stream<DueVisit> dueVisits(Enrolment enrolment, Map<String, LocalDate> received) {
    StudyDefinition study = studies.current(enrolment.study()).orElseThrow();
    return study
        .schedule()
        .statusOn(
            enrolment.enrolmentDate(),
            received,
            enrolment.withdrawal().map(Withdrawal::date),
            clock.today())
        .stream()
        .filter(s -> s.state() == VisitState.DUE || s.state() == VisitState.MISSED)
        .map(
            s ->
                new DueVisit(
                    enrolment.participantId(),
                    enrolment.study(),
                    s.visit().code(),
                    s.visit().label(),
                    s.windowOpens(),
                    s.windowCloses(),
                    s.state()));
  }
}
