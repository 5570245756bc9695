package no.followup.registry.api.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import no.followup.registry.api.contract.Responds;
import no.followup.registry.api.contract.ResponseHeader;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.ContentETag;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.api.shared.PageResponse;
import no.followup.registry.api.shared.Paging;
import no.followup.registry.api.shared.WriteAnswer;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.participant.ParticipantView;
import no.followup.registry.application.participant.PreAssessments;
import no.followup.registry.application.participant.SiteTransfers;
import no.followup.registry.domain.participant.ParticipantId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/participants")
@Tag(
    name = "Participants",
    description = "Enrolment, reading within site isolation, consent withdrawal")
class ParticipantController {

  private final Enrolments enrolments;
  private final SiteTransfers transfers;
  private final PreAssessments preAssessments;
  private final ParticipantMapper mapper;
  private final IdempotentResponses idempotent;
  private final ContentETag etags;

  ParticipantController(
      Enrolments enrolments,
      SiteTransfers transfers,
      PreAssessments preAssessments,
      ParticipantMapper mapper,
      IdempotentResponses idempotent,
      ContentETag etags) {
    this.enrolments = enrolments;
    this.transfers = transfers;
    this.preAssessments = preAssessments;
    this.mapper = mapper;
    this.idempotent = idempotent;
    this.etags = etags;
  }

  @Responds(
      value = 201,
      headers = {ResponseHeader.LOCATION, ResponseHeader.ETAG, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "enrol",
      summary = "Enrol a patient at the caller's site (the national ID is pseudonymised at once)")
  public ResponseEntity<ParticipantResponse> enrol(
      Actor actor,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody EnrolmentRequest request) {
    return idempotent.write(
        actor,
        key,
        "POST /api/v1/participants",
        request,
        ParticipantResponse.class,
        () -> {
          ParticipantResponse body =
              mapper.toResponse(enrolments.enrol(actor, mapper.toCommand(request)));
          return WriteAnswer.created(
              URI.create("/api/v1/participants/" + body.participantId()), etags.of(body), body);
        });
  }

  @GetMapping
  @PreAuthorize(Roles.SITE_OR_COORDINATOR)
  @Operation(
      operationId = "listParticipants",
      summary = "The participants the caller may see, a page at a time")
  public PageResponse<ParticipantResponse> list(
      Actor actor,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging paging = Paging.of(page, size);
    return PageResponse.of(
        enrolments.page(actor, paging.page(), paging.size()), mapper::toResponse);
  }

  @Responds(value = 200, headers = ResponseHeader.ETAG)
  @GetMapping("/{participantId}")
  @PreAuthorize(Roles.SITE_OR_COORDINATOR)
  @Operation(
      operationId = "getParticipant",
      summary = "One participant, with the enrolments the caller may see")
  public ResponseEntity<ParticipantResponse> get(Actor actor, @PathVariable UUID participantId) {
    ParticipantResponse body =
        mapper.toResponse(enrolments.view(actor, new ParticipantId(participantId)));
    return ResponseEntity.ok().header(HttpHeaders.ETAG, etags.of(body)).body(body);
  }

  @Responds(
      value = 200,
      headers = {ResponseHeader.ETAG, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping("/{participantId}/withdrawal")
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "withdraw",
      summary = "Consent withdrawn: no further data is accepted for the participant at this site")
  public ResponseEntity<ParticipantResponse> withdraw(
      Actor actor,
      @PathVariable UUID participantId,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody WithdrawalRequest request) {
    return changeOfStatus(
        actor,
        key,
        participantId,
        "withdrawal",
        request,
        id -> enrolments.withdraw(actor, id, request.date(), request.reason()));
  }

  @Responds(
      value = 200,
      headers = {ResponseHeader.ETAG, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping("/{participantId}/discontinuation")
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "discontinue",
      summary = "Treatment ended for good: no later infusion is accepted; follow-up visits go on")
  public ResponseEntity<ParticipantResponse> discontinue(
      Actor actor,
      @PathVariable UUID participantId,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody DiscontinuationRequest request) {
    return changeOfStatus(
        actor,
        key,
        participantId,
        "discontinuation",
        request,
        id -> enrolments.discontinue(actor, id, request.date(), request.reason()));
  }

  @Responds(
      value = 200,
      headers = {ResponseHeader.ETAG, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping("/{participantId}/end-of-follow-up")
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "endFollowUp",
      summary =
          "Follow-up ended for good (death, lost to follow-up, moved abroad): later visits are not"
              + " expected and no later data is accepted")
  public ResponseEntity<ParticipantResponse> endFollowUp(
      Actor actor,
      @PathVariable UUID participantId,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody EndOfFollowUpRequest request) {
    return changeOfStatus(
        actor,
        key,
        participantId,
        "end-of-follow-up",
        request,
        id ->
            enrolments.endFollowUp(
                actor, id, request.date(), request.reason(), request.deathCause()));
  }

  @Responds(
      value = 200,
      headers = {ResponseHeader.ETAG, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping("/{participantId}/transfer")
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "transfer",
      summary =
          "Another site follows the participant on from a date, with everything recorded so far;"
              + " the sending site no longer sees them")
  public ResponseEntity<ParticipantResponse> transfer(
      Actor actor,
      @PathVariable UUID participantId,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody TransferRequest request) {
    return changeOfStatus(
        actor,
        key,
        participantId,
        "transfer",
        request,
        id -> transfers.transfer(actor, id, request.toSite(), request.date()));
  }

  @GetMapping("/{participantId}/transfers")
  @PreAuthorize(Roles.SITE_OR_COORDINATOR)
  @Operation(
      operationId = "listTransfers",
      summary =
          "How the participant came to the site that follows them: every transfer, the first first")
  public List<SiteTransferResponse> transfers(Actor actor, @PathVariable UUID participantId) {
    return transfers.history(actor, new ParticipantId(participantId)).stream()
        .map(SiteTransferResponse::of)
        .toList();
  }

  @Responds(value = 200, headers = ResponseHeader.ETAG)
  @PutMapping("/{participantId}/eligibility")
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "recordPreAssessment",
      summary =
          "The pre-assessment, given after enrolment or corrected (a correction needs a reason;"
              + " the old values stay in the audit trail). A PUT: sending it again changes nothing.")
  public ResponseEntity<ParticipantResponse> recordPreAssessment(
      Actor actor, @PathVariable UUID participantId, @RequestBody PreAssessmentRequest request) {
    ParticipantResponse body =
        mapper.toResponse(
            preAssessments.record(
                actor,
                new ParticipantId(participantId),
                request.eligibility() == null ? null : mapper.toDomain(request.eligibility()),
                request.reason()));
    return ResponseEntity.ok().header(HttpHeaders.ETAG, etags.of(body)).body(body);
  }

  /**
   * A withdrawal, discontinuation, end of follow-up or transfer: idempotent, answered with the
   * participant as it now stands.
   */
  private ResponseEntity<ParticipantResponse> changeOfStatus(
      Actor actor,
      String key,
      UUID participantId,
      String action,
      Object request,
      Function<ParticipantId, ParticipantView> change) {
    return idempotent.write(
        actor,
        key,
        "POST /api/v1/participants/" + participantId + "/" + action,
        request,
        ParticipantResponse.class,
        () -> {
          ParticipantResponse body =
              mapper.toResponse(change.apply(new ParticipantId(participantId)));
          return WriteAnswer.ok(etags.of(body), body);
        });
  }
}
