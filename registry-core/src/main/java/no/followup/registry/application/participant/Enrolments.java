package no.followup.registry.application.participant;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.Page;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.application.metrics.RegistryMetrics;
import no.followup.registry.domain.consent.Withdrawal;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.Eligibility;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.FollowUpEnd;
import no.followup.registry.domain.participant.FollowUpStatus;
import no.followup.registry.domain.participant.FreeText;
import no.followup.registry.domain.participant.InvalidNationalIdNumberException;
import no.followup.registry.domain.participant.NationalIdNumber;
import no.followup.registry.domain.participant.Participant;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.participant.Participants;
import no.followup.registry.domain.participant.Pseudonymiser;
import no.followup.registry.domain.participant.SiteReference;
import no.followup.registry.domain.participant.SiteReferences;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyCode;
import no.followup.registry.domain.study.StudyDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrolment, consent withdrawal, and reading participants within site isolation. */
@Service
public class Enrolments {

  private final Participants participants;
  private final Studies studies;
  private final Pseudonymiser pseudonymiser;
  private final AuditRecorder audit;
  private final RegistryClock clock;
  private final NationalIdPolicy nationalIds;
  private final SiteReferences siteReferences;
  private final RegistryMetrics metrics;

  public Enrolments(
      Participants participants,
      Studies studies,
      Pseudonymiser pseudonymiser,
      AuditRecorder audit,
      RegistryClock clock,
      NationalIdPolicy nationalIds,
      SiteReferences siteReferences,
      RegistryMetrics metrics) {
    this.metrics = metrics;
    this.participants = participants;
    this.studies = studies;
    this.pseudonymiser = pseudonymiser;
    this.audit = audit;
    this.clock = clock;
    this.nationalIds = nationalIds;
    this.siteReferences = siteReferences;
  }

  /**
   * Enrols a patient at the actor's site. The same person already enrolled at another site becomes
   * the same participant; enrolling twice in one study at one site is a conflict.
   */
  @Transactional
  public ParticipantView enrol(Actor actor, EnrolCommand command) {
    SiteCode site = actor.writingSite();
    LocalDate today = clock.today();
    Violations violations = new Violations();
    NationalIdNumber nationalId = nationalId(command.nationalId(), violations);
    StudyDefinition study = study(command.studyCode(), violations);
    violations.required("indication", command.indication());
    Participant.checkAgreesWith(nationalId, command.sex(), command.birthYear(), violations);
    Enrolment.checkNew(command.enrolmentDate(), command.consent(), today, violations);
    Optional<Eligibility> eligibility = Optional.ofNullable(command.eligibility());
    eligibility.ifPresent(facts -> facts.check(violations));
    Optional<SiteReference> reference = SiteReference.check(command.siteReference(), violations);
    reference
        .flatMap(r -> siteReferences.find(site, r))
        .ifPresent(
            taken ->
                violations.reject(
                    "siteReference",
                    "unique-at-site",
                    "another participant has this reference at this site"));
    if (violations.rejects()) {
      metrics.refused(site, "participant");
    }
    violations.throwIfRejected();

    Participant participant =
        participants.addOrFind(
            Participant.of(
                ParticipantId.random(), pseudonymiser.pseudonymOf(nationalId), nationalId));
    if (participants.findEnrolment(participant.id(), site, study.code()).isPresent()) {
      throw new ConflictException(
          "already-enrolled",
          "the participant is already enrolled in " + study.code() + " at this site");
    }
    Enrolment enrolment =
        new Enrolment(
            EnrolmentId.random(),
            participant.id(),
            site,
            study.code(),
            study.version(),
            command.indication(),
            command.enrolmentDate(),
            command.consent(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            eligibility);
    participants.addEnrolment(enrolment);
    reference.ifPresent(r -> siteReferences.assign(enrolment, r));
    audit.created(actor, "enrolment", enrolment.id().value(), participant.id().value(), enrolment);
    metrics.stored(site, "participant");
    return new ParticipantView(participant, List.of(enrolment));
  }

  /** The participant the actor's site knows by its own reference. */
  @Transactional(readOnly = true)
  public ParticipantId findBySiteReference(Actor actor, String referenceText) {
    SiteCode site = actor.writingSite();
    Violations violations = new Violations();
    Optional<SiteReference> reference = SiteReference.check(referenceText, violations);
    if (reference.isEmpty() && !violations.rejects()) {
      violations.required("siteReference", null);
    }
    violations.throwIfRejected();
    return siteReferences
        .find(site, reference.orElseThrow())
        .orElseThrow(() -> new NotFoundException("participant"));
  }

  /** The site's own reference to its enrolment of the participant; other sites never see it. */
  @Transactional(readOnly = true)
  public Optional<SiteReference> siteReference(Actor actor, ParticipantId id) {
    if (!actor.isSiteUser() || actor.site().isEmpty()) {
      return Optional.empty();
    }
    return siteReferences.of(ownEnrolment(actor, id).id());
  }

  /** Withdraws consent at the actor's site: from this day on, no further data is accepted. */
  @Transactional
  public ParticipantView withdraw(Actor actor, ParticipantId id, LocalDate date, String reason) {
    Enrolment enrolment = ownEnrolment(actor, id);
    if (enrolment.isWithdrawn()) {
      throw new ConflictException(
          "already-withdrawn",
          "consent was already withdrawn on " + enrolment.withdrawal().orElseThrow().date());
    }
    Violations violations = new Violations();
    enrolment.checkRecordDate("date", date, clock.today(), violations);
    if (reason == null || reason.isBlank()) {
      violations.reject("reason", "required", "reason is required");
    }
    FreeText.check("reason", reason, FreeText.REASON_MAX_LENGTH, violations).throwIfRejected();
    Enrolment withdrawn = enrolment.withdraw(new Withdrawal(date, reason.strip()));
    participants.updateFollowUpStatus(withdrawn);
    audit.changed(
        actor,
        "WITHDRAW",
        "enrolment",
        enrolment.id().value(),
        id.value(),
        reason.strip(),
        enrolment,
        withdrawn);
    metrics.stored(enrolment.site(), "withdrawal");
    return new ParticipantView(participants.find(id).orElseThrow(), List.of(withdrawn));
  }

  /**
   * Treatment ended for good at the actor's site: no later infusion is accepted; follow-up goes on.
   */
  @Transactional
  public ParticipantView discontinue(
      Actor actor, ParticipantId id, LocalDate date, Discontinuation.Reason reason) {
    Enrolment enrolment = ownEnrolment(actor, id);
    if (enrolment.discontinuation().isPresent()) {
      throw new ConflictException(
          "already-discontinued",
          "treatment was already discontinued on " + enrolment.discontinuation().get().date());
    }
    Violations violations = new Violations();
    enrolment.checkRecordDate("date", date, clock.today(), violations);
    violations.required("reason", reason).throwIfRejected();
    Enrolment discontinued = enrolment.discontinue(new Discontinuation(date, reason));
    participants.updateFollowUpStatus(discontinued);
    audit.changed(
        actor,
        "DISCONTINUE",
        "enrolment",
        enrolment.id().value(),
        id.value(),
        reason.name(),
        enrolment,
        discontinued);
    metrics.stored(enrolment.site(), "discontinuation");
    return new ParticipantView(participants.find(id).orElseThrow(), List.of(discontinued));
  }

  /**
   * Follow-up ended for good at the actor's site (death, lost, moved abroad): later visits are not
   * expected and no later data is accepted. A withdrawn enrolment has ended already.
   */
  @Transactional
  public ParticipantView endFollowUp(
      Actor actor,
      ParticipantId id,
      LocalDate date,
      FollowUpEnd.Reason reason,
      FollowUpEnd.DeathCause deathCause) {
    Enrolment enrolment = ownEnrolment(actor, id);
    if (enrolment.followUpEnded().isPresent()) {
      throw new ConflictException(
          "follow-up-ended", "follow-up already ended on " + enrolment.followUpEnded().get());
    }
    Violations violations = new Violations();
    enrolment.checkRecordDate("date", date, clock.today(), violations);
    FollowUpEnd.check(reason, deathCause, violations).throwIfRejected();
    Enrolment ended = enrolment.endFollowUp(new FollowUpEnd(date, reason, deathCause));
    participants.updateFollowUpStatus(ended);
    audit.changed(
        actor,
        "END_FOLLOW_UP",
        "enrolment",
        enrolment.id().value(),
        id.value(),
        reason.name(),
        enrolment,
        ended);
    metrics.stored(enrolment.site(), "end-of-follow-up");
    return new ParticipantView(participants.find(id).orElseThrow(), List.of(ended));
  }

  /** One participant as the actor may see it, audited as a read. */
  @Transactional
  public ParticipantView view(Actor actor, ParticipantId id) {
    ParticipantView view =
        new ParticipantView(
            participants.find(id).orElseThrow(() -> new NotFoundException("participant")),
            visibleEnrolments(actor, id));
    audit.read(actor, "participant", List.of(id.value()));
    return view;
  }

  /** A page of the participants the actor may see, each read audited. */
  @Transactional
  public Page<ParticipantView> page(Actor actor, int page, int size) {
    return page(actor, Optional.empty(), page, size);
  }

  /** A page of the participants the actor may see in this status (at the actor's site). */
  @Transactional
  public Page<ParticipantView> page(
      Actor actor, Optional<FollowUpStatus> status, int page, int size) {
    Optional<SiteCode> scope = readScope(actor);
    List<ParticipantView> views =
        participants.page(scope, status, page * size, size).stream()
            .map(
                id ->
                    new ParticipantView(
                        participants.find(id).orElseThrow(),
                        visible(actor, participants.enrolmentsOf(id))))
            .toList();
    audit.read(
        actor, "participant", views.stream().map(v -> v.participant().id().value()).toList());
    return new Page<>(views, page, size, participants.count(scope, status));
  }

  /**
   * The enrolment the actor writes to: the participant's enrolment at the actor's own site (the
   * latest, should there be one per study). Anything else is "not found".
   */
  public Enrolment ownEnrolment(Actor actor, ParticipantId id) {
    SiteCode site = actor.writingSite();
    return participants.enrolmentsOf(id).stream()
        .filter(e -> e.site().equals(site))
        .max(Comparator.comparing(Enrolment::enrolmentDate))
        .orElseThrow(() -> new NotFoundException("participant"));
  }

  /** The participant's enrolments the actor may see; none means "not found". */
  public List<Enrolment> visibleEnrolments(Actor actor, ParticipantId id) {
    readScope(actor);
    List<Enrolment> visible = visible(actor, participants.enrolmentsOf(id));
    if (visible.isEmpty()) {
      throw new NotFoundException("participant");
    }
    return visible;
  }

  /**
   * The participant known by this national ID number at the actor's site (for bulk submissions).
   */
  public ParticipantId resolveAtOwnSite(Actor actor, String nationalIdText) {
    Violations violations = new Violations();
    NationalIdNumber nationalId = nationalId(nationalIdText, violations);
    violations.throwIfRejected();
    ParticipantId id =
        participants
            .findByPseudonym(pseudonymiser.pseudonymOf(nationalId))
            .map(Participant::id)
            .orElseThrow(() -> new NotFoundException("participant"));
    ownEnrolment(actor, id);
    return id;
  }

  private static List<Enrolment> visible(Actor actor, List<Enrolment> enrolments) {
    return enrolments.stream().filter(e -> actor.maySee(e.site())).toList();
  }

  private static Optional<SiteCode> readScope(Actor actor) {
    if (actor.isCoordinator()) {
      return Optional.empty();
    }
    if (actor.isSiteUser() && actor.site().isPresent()) {
      return actor.site();
    }
    throw new AccessDeniedException(
        "only site staff, site leads and coordinators read patient records");
  }

  private NationalIdNumber nationalId(String text, Violations violations) {
    if (text == null) {
      violations.required("nationalId", null);
      return null;
    }
    try {
      NationalIdNumber number = NationalIdNumber.parse(text);
      nationalIds.check(number, violations);
      return number;
    } catch (InvalidNationalIdNumberException e) {
      violations.add(e.asViolation());
      return null;
    }
  }

  private StudyDefinition study(String code, Violations violations) {
    if (code == null) {
      violations.required("studyCode", null);
      return null;
    }
    try {
      Optional<StudyDefinition> study = studies.current(StudyCode.of(code));
      if (study.isEmpty()) {
        violations.reject("studyCode", "known-study", "studyCode is not a study of this registry");
      }
      return study.orElse(null);
    } catch (IllegalArgumentException e) {
      violations.reject("studyCode", "format", e.getMessage());
      return null;
    }
  }
}
