package no.followup.registry.application.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.application.metrics.RegistryMetrics;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.participant.Participants;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.study.EpisodeKind;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.Infusions;
import no.followup.registry.domain.treatment.TreatmentCourse;
import no.followup.registry.domain.treatment.TreatmentEpisode;
import no.followup.registry.domain.treatment.TreatmentEpisodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a participant's treatment course and starts its next episode. A new episode after a
 * discontinuation takes treatment up again: infusions are accepted from its start, and the ended
 * episode keeps its discontinuation.
 */
@Service
public class TreatmentCourses {

  static final String ENTITY = "treatment-episode";

  private final Enrolments enrolments;
  private final Participants participants;
  private final TreatmentEpisodes episodes;
  private final Infusions infusions;
  private final AuditRecorder audit;
  private final RegistryClock clock;
  private final RegistryMetrics metrics;

  public TreatmentCourses(
      Enrolments enrolments,
      Participants participants,
      TreatmentEpisodes episodes,
      Infusions infusions,
      AuditRecorder audit,
      RegistryClock clock,
      RegistryMetrics metrics) {
    this.enrolments = enrolments;
    this.participants = participants;
    this.episodes = episodes;
    this.infusions = infusions;
    this.audit = audit;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** An episode with the day it ended (if it has) and the treatment sessions given in it. */
  public record EpisodeView(TreatmentEpisode episode, Optional<LocalDate> endDate, long sessions) {}

  /** The course of one enrolment the actor may see. */
  public record CourseView(Enrolment enrolment, List<EpisodeView> episodes) {

    public CourseView {
      episodes = List.copyOf(episodes);
    }
  }

  /** The course of each of the participant's enrolments the actor may see, the read audited. */
  @Transactional
  public List<CourseView> courses(Actor actor, ParticipantId participant) {
    List<CourseView> courses =
        enrolments.visibleEnrolments(actor, participant).stream().map(this::view).toList();
    audit.read(actor, ENTITY, List.of(participant.value()));
    return courses;
  }

  /**
   * Starts the next episode of the participant's enrolment at the actor's site.
   *
   * @throws RecordRejectedException naming the field and rule that refuse it; nothing is stored
   */
  @Transactional
  public CourseView start(
      Actor actor, ParticipantId participant, EpisodeKind kind, LocalDate startDate) {
    Enrolment enrolment = enrolments.ownEnrolment(actor, participant);
    if (enrolment.isWithdrawn()) {
      throw new RecordRejectedException(
          List.of(
              Violation.rejection(
                  "participantId",
                  "withdrawn",
                  "consent was withdrawn on "
                      + enrolment.withdrawal().orElseThrow().date()
                      + "; no further data is accepted")));
    }
    TreatmentCourse course = episodes.courseOf(enrolment.id());
    try {
      course
          .checkNext(kind, startDate, enrolment, clock.today(), new Violations())
          .throwIfRejected();
    } catch (RecordRejectedException e) {
      metrics.refused(enrolment.site(), ENTITY);
      throw e;
    }
    TreatmentEpisode next = course.next(kind, startDate);
    // The new row first: clearing the enrolment's discontinuation then reaches the new last
    // episode, and the ended one keeps its own (trigger of migration V30).
    episodes.add(enrolment.id(), next);
    Enrolment resumed = enrolment.resumeTreatment();
    if (enrolment.discontinuation().isPresent()) {
      participants.updateFollowUpStatus(resumed);
    }
    TreatmentCourse started = course.followedBy(next);
    audit.changed(
        actor,
        "START_EPISODE",
        "enrolment",
        enrolment.id().value(),
        participant.value(),
        kind.name(),
        course,
        started);
    metrics.stored(enrolment.site(), ENTITY);
    return view(resumed, started);
  }

  private CourseView view(Enrolment enrolment) {
    return view(enrolment, episodes.courseOf(enrolment.id()));
  }

  private CourseView view(Enrolment enrolment, TreatmentCourse course) {
    List<LocalDate> sessions =
        infusions.ofEnrolment(enrolment.id()).stream()
            .map(Versioned::record)
            .map(Infusion::date)
            .toList();
    return new CourseView(
        enrolment,
        course.episodes().stream()
            .map(e -> new EpisodeView(e, course.endOf(e), course.sessionsIn(e, sessions)))
            .toList());
  }
}
