package no.followup.registry.api.submission;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
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
import no.followup.registry.api.problem.JsonErrors;
import no.followup.registry.api.record.RecordMapping;
import no.followup.registry.api.safety.AdverseEventMapper;
import no.followup.registry.api.safety.AdverseEventRequest;
import no.followup.registry.api.treatment.InfusionMapper;
import no.followup.registry.api.treatment.InfusionRequest;
import no.followup.registry.api.treatment.TreatmentEpisodeRequest;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.participant.SiteTransfers;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.application.record.Saved;
import no.followup.registry.application.submission.SubmissionItem;
import no.followup.registry.application.treatment.TreatmentCourses;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.participant.FreeText;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns bulk records into submission items that call the same use cases as the single-record
 * endpoints. A record's {@code data} is read when the item runs, so a malformed record is that
 * record's rejection, not the whole submission's.
 */
@Component
class BulkItems {

  /**
   * Enrolment and follow-up status changes may write (a new participant row) before a later check
   * rejects them; the clinical records run every rule first.
   */
  private static final Set<String> WRITE_BEFORE_THEY_CAN_BE_REJECTED =
      Set.of(
          "participant",
          "withdrawal",
          "discontinuation",
          "end-of-follow-up",
          "treatment-episode",
          "transfer");

  private final Enrolments enrolments;
  private final SiteTransfers transfers;
  private final ClinicalRecords records;
  private final TreatmentCourses courses;
  private final ParticipantMapper participants;
  private final JsonMapper json;
  private final Map<String, BiFunction<Actor, BulkRecord, SubmissionItem.Accepted>> writers;

  BulkItems(
      Enrolments enrolments,
      SiteTransfers transfers,
      ClinicalRecords records,
      TreatmentCourses courses,
      RecordKinds kinds,
      ParticipantMapper participants,
      InfusionMapper infusions,
      AssessmentMapper assessments,
      AdverseEventMapper adverseEvents,
      LabResultMapper labResults,
      JsonMapper json) {
    this.enrolments = enrolments;
    this.transfers = transfers;
    this.records = records;
    this.courses = courses;
    this.participants = participants;
    this.json = json;
    this.writers =
        Map.of(
            "treatment-episode",
            this::startEpisode,
            "participant",
            this::enrol,
            "withdrawal",
            this::withdraw,
            "discontinuation",
            this::discontinue,
            "end-of-follow-up",
            this::endFollowUp,
            "transfer",
            this::transfer,
            "infusion",
            recordWriter(kinds.infusions(), infusions, InfusionRequest.class),
            "assessment",
            recordWriter(kinds.assessments(), assessments, AssessmentRequest.class),
            "adverse-event",
            recordWriter(kinds.adverseEvents(), adverseEvents, AdverseEventRequest.class),
            "lab-result",
            recordWriter(kinds.labResults(), labResults, LabResultRequest.class));
  }

  List<SubmissionItem> of(Actor actor, List<BulkRecord> bulk) {
    return bulk.stream().map(record -> item(actor, record)).toList();
  }

  /**
   * The receipt echoes a record's {@code ref}; one that breaks the free-text rules (too long, or
   * holding a national ID number) is left out of the receipt and rejects its record.
   */
  private SubmissionItem item(Actor actor, BulkRecord record) {
    Violations refRules =
        FreeText.check("ref", record.ref(), FreeText.REFERENCE_MAX_LENGTH, new Violations());
    if (refRules.rejects()) {
      return new SubmissionItem(
          null,
          record.type(),
          true,
          () -> {
            throw new RecordRejectedException(refRules.all());
          });
    }
    return new SubmissionItem(
        record.ref(),
        record.type(),
        record.type() == null || !WRITE_BEFORE_THEY_CAN_BE_REJECTED.contains(record.type()),
        () -> write(actor, record));
  }

  private SubmissionItem.Accepted write(Actor actor, BulkRecord record) {
    BiFunction<Actor, BulkRecord, SubmissionItem.Accepted> writer =
        record.type() == null ? null : writers.get(record.type());
    if (writer == null) {
      throw reject(
          "type",
          "known-type",
          "type must be one of " + writers.keySet().stream().sorted().toList());
    }
    if (record.data() == null || !record.data().isObject()) {
      throw reject(
          "data", "required", "data must be the record as its single-record endpoint takes it");
    }
    return writer.apply(actor, record);
  }

  private SubmissionItem.Accepted enrol(Actor actor, BulkRecord record) {
    return written(
        enrolments
            .enrol(actor, participants.toCommand(read(record.data(), EnrolmentRequest.class)))
            .participant()
            .id()
            .value());
  }

  private SubmissionItem.Accepted withdraw(Actor actor, BulkRecord record) {
    WithdrawalRequest request = read(record.data(), WithdrawalRequest.class);
    ParticipantId participant = participantOf(actor, record);
    enrolments.withdraw(actor, participant, request.date(), request.reason());
    return written(participant.value());
  }

  private SubmissionItem.Accepted discontinue(Actor actor, BulkRecord record) {
    DiscontinuationRequest request = read(record.data(), DiscontinuationRequest.class);
    ParticipantId participant = participantOf(actor, record);
    enrolments.discontinue(actor, participant, request.date(), request.reason());
    return written(participant.value());
  }

  private SubmissionItem.Accepted endFollowUp(Actor actor, BulkRecord record) {
    EndOfFollowUpRequest request = read(record.data(), EndOfFollowUpRequest.class);
    ParticipantId participant = participantOf(actor, record);
    enrolments.endFollowUp(
        actor, participant, request.date(), request.reason(), request.deathCause());
    return written(participant.value());
  }

  private SubmissionItem.Accepted transfer(Actor actor, BulkRecord record) {
    TransferRequest request = read(record.data(), TransferRequest.class);
    ParticipantId participant = participantOf(actor, record);
    transfers.transfer(actor, participant, request.toSite(), request.date());
    return written(participant.value());
  }

  private SubmissionItem.Accepted startEpisode(Actor actor, BulkRecord record) {
    TreatmentEpisodeRequest request = read(record.data(), TreatmentEpisodeRequest.class);
    ParticipantId participant = participantOf(actor, record);
    courses.start(actor, participant, request.kind(), request.startDate());
    return written(participant.value());
  }

  private <Q, T extends EnrolmentRecord>
      BiFunction<Actor, BulkRecord, SubmissionItem.Accepted> recordWriter(
          RecordKind<T> kind, RecordMapping<Q, T, ?> mapping, Class<Q> requestType) {
    return (actor, record) -> {
      Q request = read(record.data(), requestType);
      Saved<T> saved =
          records.add(
              actor,
              participantOf(actor, record),
              kind,
              (id, enrolment) -> mapping.toDomain(request, id, enrolment));
      return new SubmissionItem.Accepted(saved.stored().record().id(), saved.warnings());
    };
  }

  private static SubmissionItem.Accepted written(UUID id) {
    return new SubmissionItem.Accepted(id, List.of());
  }

  private ParticipantId participantOf(Actor actor, BulkRecord record) {
    if (record.participantId() != null) {
      return new ParticipantId(record.participantId());
    }
    if (record.nationalId() != null) {
      return enrolments.resolveAtOwnSite(actor, record.nationalId());
    }
    throw reject("participantId", "required", "participantId or nationalId is required");
  }

  private <Q> Q read(JsonNode data, Class<Q> type) {
    try {
      return json.treeToValue(data, type);
    } catch (DatabindException e) {
      // As a single request's body would be answered, under the record's data.
      throw new RecordRejectedException(List.of(JsonErrors.of(e, "data")));
    }
  }

  private static RecordRejectedException reject(String field, String rule, String message) {
    return new RecordRejectedException(List.of(Violation.rejection(field, rule, message)));
  }
}
