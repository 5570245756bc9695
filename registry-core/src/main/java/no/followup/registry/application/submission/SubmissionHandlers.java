package no.followup.registry.application.submission;

import java.util.List;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.participant.SiteTransfers;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.Saved;
import no.followup.registry.application.submission.SubmissionCommand.ParticipantRef;
import no.followup.registry.application.treatment.TreatmentCourses;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import org.springframework.stereotype.Component;

/**
 * Runs each submission command through the use case its single request uses, so a record in a
 * submission is checked and stored exactly as it would be alone.
 */
@Component
public class SubmissionHandlers {

  private final Enrolments enrolments;
  private final SiteTransfers transfers;
  private final ClinicalRecords records;
  private final TreatmentCourses courses;

  SubmissionHandlers(
      Enrolments enrolments,
      SiteTransfers transfers,
      ClinicalRecords records,
      TreatmentCourses courses) {
    this.enrolments = enrolments;
    this.transfers = transfers;
    this.records = records;
    this.courses = courses;
  }

  SubmissionItem.Accepted enrol(Actor actor, SubmissionCommand.Enrol command) {
    return written(enrolments.enrol(actor, command.enrolment()).participant().id());
  }

  SubmissionItem.Accepted withdraw(Actor actor, SubmissionCommand.Withdraw command) {
    ParticipantId participant = resolve(actor, command.participant());
    enrolments.withdraw(actor, participant, command.date(), command.reason());
    return written(participant);
  }

  SubmissionItem.Accepted discontinue(Actor actor, SubmissionCommand.Discontinue command) {
    ParticipantId participant = resolve(actor, command.participant());
    enrolments.discontinue(actor, participant, command.date(), command.reason());
    return written(participant);
  }

  SubmissionItem.Accepted endFollowUp(Actor actor, SubmissionCommand.EndFollowUp command) {
    ParticipantId participant = resolve(actor, command.participant());
    enrolments.endFollowUp(
        actor, participant, command.date(), command.reason(), command.deathCause());
    return written(participant);
  }

  SubmissionItem.Accepted transfer(Actor actor, SubmissionCommand.Transfer command) {
    ParticipantId participant = resolve(actor, command.participant());
    transfers.transfer(actor, participant, command.toSite(), command.date());
    return written(participant);
  }

  SubmissionItem.Accepted startEpisode(Actor actor, SubmissionCommand.StartEpisode command) {
    ParticipantId participant = resolve(actor, command.participant());
    courses.start(actor, participant, command.kind(), command.startDate());
    return written(participant);
  }

  <T extends EnrolmentRecord> SubmissionItem.Accepted add(
      Actor actor, SubmissionCommand.AddRecord<T> command) {
    Saved<T> saved =
        records.add(actor, resolve(actor, command.participant()), command.kind(), command.record());
    return new SubmissionItem.Accepted(saved.stored().record().id(), saved.warnings());
  }

  SubmissionItem.Accepted reject(SubmissionCommand.Unreadable command) {
    throw new RecordRejectedException(command.violations());
  }

  private ParticipantId resolve(Actor actor, ParticipantRef participant) {
    if (participant.participantId() != null) {
      return new ParticipantId(participant.participantId());
    }
    if (participant.nationalId() != null) {
      return enrolments.resolveAtOwnSite(actor, participant.nationalId());
    }
    throw new RecordRejectedException(
        List.of(
            Violation.rejection(
                "participantId", "required", "participantId or nationalId is required")));
  }

  private static SubmissionItem.Accepted written(ParticipantId participant) {
    return new SubmissionItem.Accepted(participant.value(), List.of());
  }
}
