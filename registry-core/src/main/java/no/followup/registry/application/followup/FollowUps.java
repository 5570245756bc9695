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
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.domain.assessment.ReceivedVisits;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.participant.Participants;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.FirstAssessed;
import no.followup.registry.domain.study.ScheduledEpisode;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.domain.study.VisitState;
import no.followup.registry.domain.study.VisitStatus;
import no.followup.registry.domain.treatment.TreatmentEpisodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The due and overdue visits of the actor's own site, soonest closing window first. */
@Service
public class FollowUps {

  private final Participants participants;
  private final Enrolments enrolments;
  private final ReceivedVisits receivedVisits;
  private final TreatmentEpisodes episodes;
  private final Studies studies;
  private final AuditRecorder audit;
  private final RegistryClock clock;

  public FollowUps(
      Participants participants,
      Enrolments enrolments,
      ReceivedVisits receivedVisits,
      TreatmentEpisodes episodes,
      Studies studies,
      AuditRecorder audit,
      RegistryClock clock) {
    this.participants = participants;
    this.enrolments = enrolments;
    this.receivedVisits = receivedVisits;
    this.episodes = episodes;
    this.studies = studies;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Page<DueVisit> dueAtOwnSite(Actor actor, int page, int size) {
    Optional<SiteCode> site = Optional.of(actor.writingSite());
    SiteVisits visits = siteVisits(site);
    List<DueVisit> due =
        participants.activeEnrolments(site).stream()
            .flatMap(enrolment -> dueVisits(enrolment, visits))
            .sorted(
                Comparator.comparing(DueVisit::windowCloses)
                    .thenComparing(v -> v.participantId().value()))
            .toList();
    List<DueVisit> pageItems = due.stream().skip((long) page * size).limit(size).toList();
    audit.read(actor, "follow-up", pageItems.stream().map(v -> v.participantId().value()).toList());
    return new Page<>(pageItems, page, size, due.size());
  }

  /**
   * The visit schedule of each of the participant's enrolments the actor may see, episode by
   * episode, judged today: a visit counts as received on the first day it was assessed in its
   * episode.
   */
  @Transactional
  public List<EnrolmentSchedule> schedules(Actor actor, ParticipantId participant) {
    List<EnrolmentSchedule> schedules =
        enrolments.visibleEnrolments(actor, participant).stream().map(this::scheduleOf).toList();
    audit.read(actor, "follow-up", List.of(participant.value()));
    return schedules;
  }

  private EnrolmentSchedule scheduleOf(Enrolment enrolment) {
    FirstAssessed received = receivedVisits.firstAssessed(enrolment.id());
    List<ScheduledEpisode> course = episodes.scheduleOf(enrolment.id(), clock.today());
    return new EnrolmentSchedule(enrolment, course, statusesToday(enrolment, course, received));
  }

  /**
   * How many of a site's visits are overdue (the window open and its target day passed) and how
   * many missed (the window closed without data), today: counts only, for the weekly reminder to
   * the site's lead.
   */
  @Transactional(readOnly = true)
  public OpenVisits openVisitsAt(SiteCode site) {
    SiteVisits visits = siteVisits(Optional.of(site));
    LocalDate today = clock.today();
    int overdue = 0;
    int missed = 0;
    for (Enrolment enrolment : participants.activeEnrolments(Optional.of(site))) {
      for (VisitStatus visit : statusesToday(enrolment, visits)) {
        if (visit.state() == VisitState.MISSED) {
          missed++;
        } else if (visit.state() == VisitState.DUE && today.isAfter(visit.targetDate())) {
          overdue++;
        }
      }
    }
    return new OpenVisits(overdue, missed);
  }

  /** A site's overdue and missed visits, counted. */
  public record OpenVisits(int overdue, int missed) {}

  /** The episodes and assessment dates of every enrolment a site follows, read once. */
  private SiteVisits siteVisits(Optional<SiteCode> site) {
    return new SiteVisits(
        episodes.schedulesAt(site, clock.today()), receivedVisits.firstAssessed(site));
  }

  private record SiteVisits(
      Map<EnrolmentId, List<ScheduledEpisode>> episodes,
      Map<EnrolmentId, FirstAssessed> received) {}

  private List<VisitStatus> statusesToday(Enrolment enrolment, SiteVisits visits) {
    return statusesToday(
        enrolment,
        visits.episodes().getOrDefault(enrolment.id(), List.of()),
        visits.received().getOrDefault(enrolment.id(), new FirstAssessed()));
  }

  private List<VisitStatus> statusesToday(
      Enrolment enrolment, List<ScheduledEpisode> course, FirstAssessed received) {
    // The schedule of the study version the enrolment was enrolled under, not the newest.
    StudyDefinition study =
        studies.version(enrolment.study(), enrolment.studyVersion()).orElseThrow();
    return study.schedule().statusOn(course, received, enrolment.followUpEnded(), clock.today());
  }

  private Stream<DueVisit> dueVisits(Enrolment enrolment, SiteVisits visits) {
    return statusesToday(enrolment, visits).stream()
        .filter(s -> s.state() == VisitState.DUE || s.state() == VisitState.MISSED)
        .map(
            s ->
                new DueVisit(
                    enrolment.participantId(),
                    enrolment.study(),
                    s.episode(),
                    s.visit().code(),
                    s.visit().label(),
                    s.windowOpens(),
                    s.windowCloses(),
                    s.state()));
  }
}
