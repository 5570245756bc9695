package no.followup.registry.application.record;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.StaleVersionException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.application.metrics.RegistryMetrics;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.safety.SignalRaiser;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.participant.FreeText;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, corrects and reads the clinical records of a participant, the same way for every kind: the
 * site writes only to its own enrolment; rules run before anything is stored; the audit row and any
 * safety signal commit with the record.
 */
@Service
public class ClinicalRecords {

  private final Enrolments enrolments;
  private final Studies studies;
  private final AuditRecorder audit;
  private final SignalRaiser signals;
  private final RegistryClock clock;
  private final RegistryMetrics metrics;

  public ClinicalRecords(
      Enrolments enrolments,
      Studies studies,
      AuditRecorder audit,
      SignalRaiser signals,
      RegistryClock clock,
      RegistryMetrics metrics) {
    this.enrolments = enrolments;
    this.studies = studies;
    this.audit = audit;
    this.signals = signals;
    this.clock = clock;
    this.metrics = metrics;
  }

  /**
   * Stores a new record. Every rejection comes before anything is written, so a rejection leaves
   * the surrounding transaction (a bulk submission's) as it was: it is not marked for rollback.
   */
  @Transactional(noRollbackFor = {RecordRejectedException.class, NotFoundException.class})
  public <T extends EnrolmentRecord> Saved<T> add(
      Actor actor, ParticipantId participant, RecordKind<T> kind, RecordFactory<T> factory) {
    Enrolment enrolment = enrolments.ownEnrolment(actor, participant);
    try {
      Saved<T> saved = addTo(actor, enrolment, kind, factory);
      metrics.stored(enrolment.site(), kind.name());
      return saved;
    } catch (RecordRejectedException e) {
      metrics.refused(enrolment.site(), kind.name());
      throw e;
    }
  }

  private <T extends EnrolmentRecord> Saved<T> addTo(
      Actor actor, Enrolment enrolment, RecordKind<T> kind, RecordFactory<T> factory) {
    enrolment
        .withdrawal()
        .ifPresent(
            w -> {
              throw new RecordRejectedException(
                  List.of(
                      Violation.rejection(
                          "participantId",
                          "withdrawn",
                          "consent was withdrawn on "
                              + w.date()
                              + "; no further data is accepted")));
            });
    T candidate = factory.build(UUID.randomUUID(), enrolment.id());
    RecordKind.Checked<T> checked =
        check(kind, candidate, enrolment, () -> kind.store().ofEnrolment(enrolment.id()));
    List<Violation> warnings = checked.violations().throwIfRejected();
    T record = checked.record();
    kind.store().add(record);
    audit.created(actor, kind.name(), record.id(), enrolment.participantId().value(), record);
    signals.raise(enrolment, studyOf(enrolment), kind, record, warnings);
    return new Saved<>(new Versioned<>(record, 1), warnings);
  }

  /** Replaces a record's values; the old ones stay in the audit trail with the reason. */
  @Transactional
  public <T extends EnrolmentRecord> Saved<T> correct(
      Actor actor,
      ParticipantId participant,
      RecordKind<T> kind,
      UUID id,
      int expectedVersion,
      String reason,
      RecordFactory<T> factory) {
    Enrolment enrolment = enrolments.ownEnrolment(actor, participant);
    Versioned<T> current =
        kind.store()
            .find(id)
            .filter(v -> v.record().enrolmentId().equals(enrolment.id()))
            .orElseThrow(() -> new NotFoundException(kind.name()));
    if (current.version() != expectedVersion) {
      throw new StaleVersionException(current.version());
    }
    Violations reasonRules = new Violations();
    if (reason == null || reason.isBlank()) {
      reasonRules.reject("reason", "required", "a correction needs a reason");
    }
    FreeText.check("reason", reason, FreeText.REASON_MAX_LENGTH, reasonRules).throwIfRejected();
    T candidate = factory.build(id, enrolment.id());
    RecordKind.Checked<T> checked =
        check(
            kind,
            candidate,
            enrolment,
            () ->
                kind.store().ofEnrolment(enrolment.id()).stream()
                    .filter(v -> !v.record().id().equals(id))
                    .toList());
    List<Violation> warnings = checked.violations().throwIfRejected();
    T record = checked.record();
    if (!kind.store().replace(record, expectedVersion)) {
      throw new StaleVersionException(
          kind.store().find(id).map(Versioned::version).orElse(expectedVersion + 1));
    }
    audit.changed(
        actor,
        "CORRECT",
        kind.name(),
        id,
        participant.value(),
        reason.strip(),
        current.record(),
        record);
    signals.raise(enrolment, studyOf(enrolment), kind, record, warnings);
    return new Saved<>(new Versioned<>(record, expectedVersion + 1), warnings);
  }

  /** The participant's records of this kind the actor may see, the read audited. */
  @Transactional
  public <T extends EnrolmentRecord> List<Versioned<T>> list(
      Actor actor, ParticipantId participant, RecordKind<T> kind) {
    List<Versioned<T>> records =
        enrolments.visibleEnrolments(actor, participant).stream()
            .flatMap(e -> kind.store().ofEnrolment(e.id()).stream())
            .toList();
    audit.read(actor, kind.name(), List.of(participant.value()));
    return records;
  }

  @Transactional
  public <T extends EnrolmentRecord> Versioned<T> get(
      Actor actor, ParticipantId participant, RecordKind<T> kind, UUID id) {
    List<Enrolment> visible = enrolments.visibleEnrolments(actor, participant);
    Versioned<T> record =
        kind.store()
            .find(id)
            .filter(v -> visible.stream().anyMatch(e -> e.id().equals(v.record().enrolmentId())))
            .orElseThrow(() -> new NotFoundException(kind.name()));
    audit.read(actor, kind.name(), List.of(participant.value()));
    return record;
  }

  private <T extends EnrolmentRecord> RecordKind.Checked<T> check(
      RecordKind<T> kind, T candidate, Enrolment enrolment, Supplier<List<Versioned<T>>> others) {
    RecordKind.Checked<T> checked =
        kind.rules().check(candidate, enrolment, studyOf(enrolment), others, clock.today());
    return checked.record() == null && !checked.violations().rejects()
        ? new RecordKind.Checked<>(
            null, new Violations().reject("record", "invalid", kind.name() + " is invalid"))
        : checked;
  }

  /** The version of its study the enrolment follows (cached by the store). */
  private StudyDefinition studyOf(Enrolment enrolment) {
    return studies.version(enrolment.study(), enrolment.studyVersion()).orElseThrow();
  }
}
