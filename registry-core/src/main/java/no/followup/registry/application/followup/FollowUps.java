package no.followup.registry.application.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.followup.registry.application.Page;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.assessment.Assessments;
import no.followup.registry.domain.assessment.ReceivedVisits;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.participant.Participants;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.domain.study.VisitState;
import no.followup.registry.domain.study.VisitStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The due and overdue visits of the actor's own site, soonest closing window first. */
@Service
public class FollowUps {

  private final Participants participants;
  private final Enrolments enrolments;
  private final Assessments assessments;
  private final ReceivedVisits receivedVisits;
  private final Studies studies;
  private final AuditRecorder audit;
  private final RegistryClock clock;

  public FollowUps(
      Participants participants,
      Enrolments enrolments,
      Assessments assessments,
      ReceivedVisits receivedVisits,
      Studies studies,
      AuditRecorder audit,
      RegistryClock clock) {
    this.participants = participants;
    this.enrolments = enrolments;
    this.assessments = assessments;
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

  /**
   * The visit schedule of each of the participant's enrolments the actor may see, judged today: a
   * visit counts as received on the first day it was assessed.
   */
  @Transactional
  public List<EnrolmentSchedule> schedules(Actor actor, ParticipantId participant) {
    List<EnrolmentSchedule> schedules =
        enrolments.visibleEnrolments(actor, participant).stream()
            .map(enrolment -> new EnrolmentSchedule(enrolment, visitsOf(enrolment)))
            .toList();
    audit.read(actor, "follow-up", List.of(participant.value()));
    return schedules;
  }

  private List<VisitStatus> visitsOf(Enrolment enrolment) {
    Map<String, LocalDate> received = new HashMap<>();
    for (Versioned<Assessment> assessment : assessments.ofEnrolment(enrolment.id())) {
      received.merge(
          assessment.record().visitCode(),
          assessment.record().date(),
          (a, b) -> a.isBefore(b) ? a : b);
    }
    return statusesToday(enrolment, received);
  }

  /**
   * How many of a site's visits are overdue (the window open and its target day passed) and how
   * many missed (the window closed without data), today: counts only, for the weekly reminder to
   * the site's lead.
   */
  @Transactional(readOnly = true)
  public OpenVisits openVisitsAt(SiteCode site) {
    Map<EnrolmentId, Map<String, LocalDate>> received =
        receivedVisits.firstAssessed(Optional.of(site));
    LocalDate today = clock.today();
    int overdue = 0;
    int missed = 0;
    for (Enrolment enrolment : participants.activeEnrolments(Optional.of(site))) {
      for (VisitStatus visit :
          statusesToday(enrolment, received.getOrDefault(enrolment.id(), Map.of()))) {
        LocalDate target = enrolment.scheduleStart().plusDays(visit.visit().targetDay());
        if (visit.state() == VisitState.MISSED) {
          missed++;
        } else if (visit.state() == VisitState.DUE && today.isAfter(target)) {
          overdue++;
        }
      }
    }
    return new OpenVisits(overdue, missed);
  }

  /** A site's overdue and missed visits, counted. */
  public record OpenVisits(int overdue, int missed) {}

  private List<VisitStatus> statusesToday(Enrolment enrolment, Map<String, LocalDate> received) {
    StudyDefinition study =
        studies.version(enrolment.study(), enrolment.studyVersion()).orElseThrow();
    return study
        .schedule()
        .statusOn(enrolment.scheduleStart(), received, enrolment.followUpEnded(), clock.today());
  }

  private Stream<DueVisit> dueVisits(Enrolment enrolment, Map<String, LocalDate> received) {
    return statusesToday(enrolment, received).stream()
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
