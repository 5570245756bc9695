package no.followup.registry.api.submission;

import no.followup.registry.api.assessment.AssessmentMapper;
import no.followup.registry.api.assessment.AssessmentRequest;
import no.followup.registry.api.lab.LabResultMapper;
import no.followup.registry.api.lab.LabResultRequest;
import no.followup.registry.api.participant.DiscontinuationRequest;
import no.followup.registry.api.participant.EndOfFollowUpRequest;
import no.followup.registry.api.participant.EnrolmentRequest;
import no.followup.registry.api.participant.ParticipantMapper;
import no.followup.registry.api.participant.TransferRequest;
import no.followup.registry.api.participant.WithdrawalRequest;
import no.followup.registry.api.record.RecordMapping;
import no.followup.registry.api.safety.AdverseEventMapper;
import no.followup.registry.api.safety.AdverseEventRequest;
import no.followup.registry.api.treatment.InfusionMapper;
import no.followup.registry.api.treatment.InfusionRequest;
import no.followup.registry.api.treatment.TreatmentEpisodeRequest;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.application.submission.SubmissionCommand;
import no.followup.registry.application.submission.SubmissionCommand.ParticipantRef;
import no.followup.registry.application.submission.SubmissionItem;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.participant.FreeText;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * Turns read bulk records into submission commands with the single-record endpoints' mappings; a
 * record that could not be read becomes a command that rejects it with its problems.
 */
@Component
class BulkCommands {

  private final RecordKinds kinds;
  private final ParticipantMapper participants;
  private final InfusionMapper infusions;
  private final AssessmentMapper assessments;
  private final AdverseEventMapper adverseEvents;
  private final LabResultMapper labResults;

  BulkCommands(
      RecordKinds kinds,
      ParticipantMapper participants,
      InfusionMapper infusions,
      AssessmentMapper assessments,
      AdverseEventMapper adverseEvents,
      LabResultMapper labResults) {
    this.kinds = kinds;
    this.participants = participants;
    this.infusions = infusions;
    this.assessments = assessments;
    this.adverseEvents = adverseEvents;
    this.labResults = labResults;
  }

  /**
   * The receipt echoes a record's {@code ref}; one that breaks the free-text rules (too long, or
   * holding a national ID number) is left out of the receipt and rejects its record.
   */
  SubmissionItem item(ReadRecord read) {
    BulkRecord record = read.record();
    Violations refRules =
        FreeText.check("ref", record.ref(), FreeText.REFERENCE_MAX_LENGTH, new Violations());
    if (refRules.rejects()) {
      return new SubmissionItem(
          null, record.type(), new SubmissionCommand.Unreadable(refRules.all()));
    }
    if (!read.problems().isEmpty()) {
      return new SubmissionItem(
          record.ref(), record.type(), new SubmissionCommand.Unreadable(read.problems()));
    }
    try {
      return new SubmissionItem(record.ref(), record.type(), command(read.type(), record));
    } catch (RecordRejectedException e) {
      return new SubmissionItem(
          record.ref(), record.type(), new SubmissionCommand.Unreadable(e.violations()));
    }
  }

  /** For a record read whole: its type is known, and its data is the request of that type. */
  private SubmissionCommand command(BulkType type, BulkRecord record) {
    ParticipantRef who = new ParticipantRef(record.participantId(), record.nationalId());
    return switch (type) {
      case PARTICIPANT ->
          new SubmissionCommand.Enrol(participants.toCommand(record.data(EnrolmentRequest.class)));
      case WITHDRAWAL -> {
        WithdrawalRequest request = record.data(WithdrawalRequest.class);
        yield new SubmissionCommand.Withdraw(who, request.date(), request.reason());
      }
      case DISCONTINUATION -> {
        DiscontinuationRequest request = record.data(DiscontinuationRequest.class);
        yield new SubmissionCommand.Discontinue(who, request.date(), request.reason());
      }
      case END_OF_FOLLOW_UP -> {
        EndOfFollowUpRequest request = record.data(EndOfFollowUpRequest.class);
        yield new SubmissionCommand.EndFollowUp(
            who, request.date(), request.reason(), request.deathCause());
      }
      case TRANSFER -> {
        TransferRequest request = record.data(TransferRequest.class);
        yield new SubmissionCommand.Transfer(who, request.toSite(), request.date());
      }
      case TREATMENT_EPISODE -> {
        TreatmentEpisodeRequest request = record.data(TreatmentEpisodeRequest.class);
        yield new SubmissionCommand.StartEpisode(who, request.kind(), request.startDate());
      }
      case INFUSION -> add(who, kinds.infusions(), infusions, record.data(InfusionRequest.class));
      case ASSESSMENT ->
          add(who, kinds.assessments(), assessments, record.data(AssessmentRequest.class));
      case ADVERSE_EVENT ->
          add(who, kinds.adverseEvents(), adverseEvents, record.data(AdverseEventRequest.class));
      case LAB_RESULT ->
          add(who, kinds.labResults(), labResults, record.data(LabResultRequest.class));
    };
  }

  private static <Q, T extends EnrolmentRecord> SubmissionCommand add(
      ParticipantRef who, RecordKind<T> kind, RecordMapping<Q, T, ?> mapping, Q request) {
    return new SubmissionCommand.AddRecord<>(
        who, kind, (id, enrolment) -> mapping.toDomain(request, id, enrolment));
  }
}
