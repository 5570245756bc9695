package no.followup.registry.application.submission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.EnrolCommand;
import no.followup.registry.application.record.RecordFactory;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.participant.FollowUpEnd;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.study.EpisodeKind;

/**
 * One record of a submission, read and typed before anything runs: what to do and with which
 * values. Each command says whether its use case may write before a later rule rejects it (then
 * only a savepoint can take the record back) and which use case runs it.
 */
public sealed interface SubmissionCommand {

  /**
   * True when the use case may write before one of its rules rejects the record: enrolments and
   * changes of a participant's course do; a clinical record runs every rule first.
   */
  default boolean mayWriteBeforeRejecting() {
    return true;
  }

  SubmissionItem.Accepted runWith(SubmissionHandlers handlers, Actor actor);

  /**
   * The participant a record is about: by the registry's id, or as a hospital system knows them.
   */
  record ParticipantRef(UUID participantId, String nationalId) {

    @Override
    public String toString() {
      return "ParticipantRef[" + participantId + "]";
    }
  }

  record Enrol(EnrolCommand enrolment) implements SubmissionCommand {

    @Override
    public SubmissionItem.Accepted runWith(SubmissionHandlers handlers, Actor actor) {
      return handlers.enrol(actor, this);
    }
  }

  record Withdraw(ParticipantRef participant, LocalDate date, String reason)
      implements SubmissionCommand {

    @Override
    public SubmissionItem.Accepted runWith(SubmissionHandlers handlers, Actor actor) {
      return handlers.withdraw(actor, this);
    }
  }

  record Discontinue(ParticipantRef participant, LocalDate date, Discontinuation.Reason reason)
      implements SubmissionCommand {

    @Override
    public SubmissionItem.Accepted runWith(SubmissionHandlers handlers, Actor actor) {
      return handlers.discontinue(actor, this);
    }
  }

  record EndFollowUp(
      ParticipantRef participant,
      LocalDate date,
      FollowUpEnd.Reason reason,
      FollowUpEnd.DeathCause deathCause)
      implements SubmissionCommand {

    @Override
    public SubmissionItem.Accepted runWith(SubmissionHandlers handlers, Actor actor) {
      return handlers.endFollowUp(actor, this);
    }
  }

  record Transfer(ParticipantRef participant, String toSite, LocalDate date)
      implements SubmissionCommand {

    @Override
    public SubmissionItem.Accepted runWith(SubmissionHandlers handlers, Actor actor) {
      return handlers.transfer(actor, this);
    }
  }

  record StartEpisode(ParticipantRef participant, EpisodeKind kind, LocalDate startDate)
      implements SubmissionCommand {

    @Override
    public SubmissionItem.Accepted runWith(SubmissionHandlers handlers, Actor actor) {
      return handlers.startEpisode(actor, this);
    }
  }

  /** A clinical record of a kind; every rule runs before it writes. */
  record AddRecord<T extends EnrolmentRecord>(
      ParticipantRef participant, RecordKind<T> kind, RecordFactory<T> record)
      implements SubmissionCommand {

    @Override
    public boolean mayWriteBeforeRejecting() {
      return false;
    }

    @Override
    public SubmissionItem.Accepted runWith(SubmissionHandlers handlers, Actor actor) {
      return handlers.add(actor, this);
    }
  }

  /** A record that could not be read into a command: rejected with what was wrong. */
  record Unreadable(List<Violation> violations) implements SubmissionCommand {

    public Unreadable {
      violations = List.copyOf(violations);
    }

    @Override
    public boolean mayWriteBeforeRejecting() {
      return false;
    }

    @Override
    public SubmissionItem.Accepted runWith(SubmissionHandlers handlers, Actor actor) {
      return handlers.reject(this);
    }
  }
}
