package no.followup.registry.api.safety;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.api.contract.Responds;
import no.followup.registry.api.contract.ResponseHeader;
import no.followup.registry.api.problem.PreconditionException;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.api.shared.PageResponse;
import no.followup.registry.api.shared.Paging;
import no.followup.registry.api.shared.WriteAnswer;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.safety.SafetySignalQueries;
import no.followup.registry.application.safety.SafetySignalTriage;
import no.followup.registry.domain.safety.SafetySignal;
import no.followup.registry.domain.safety.SignalFilter;
import no.followup.registry.domain.safety.SignalKind;
import no.followup.registry.domain.safety.SignalState;
import no.followup.registry.domain.safety.SignalTriage;
import no.followup.registry.domain.safety.TriagedSignal;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Safety signals")
class SafetySignalController {

  private final SafetySignalQueries signals;
  private final SafetySignalTriage triage;
  private final IdempotentResponses idempotent;

  SafetySignalController(
      SafetySignalQueries signals, SafetySignalTriage triage, IdempotentResponses idempotent) {
    this.signals = signals;
    this.triage = triage;
    this.idempotent = idempotent;
  }

  @GetMapping("/api/v1/safety-signals")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      operationId = "listSignals",
      summary =
          "Safety signals, newest first (order=OLDEST for an inbox): every site's for coordinators,"
              + " their own site's for site leads; filter by site, kind, triage state, and raised"
              + " before a moment (ISO-8601)")
  public PageResponse<SafetySignalResponse> list(
      Actor actor,
      @RequestParam(required = false) String site,
      @RequestParam(required = false) SignalKind kind,
      @RequestParam(required = false) SignalState state,
      @RequestParam(required = false) Instant raisedBefore,
      @RequestParam(defaultValue = "NEWEST") SignalOrder order,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging paging = Paging.of(page, size);
    SignalFilter filter =
        new SignalFilter(
            Optional.ofNullable(site).map(SafetySignalController::siteCode),
            Optional.ofNullable(kind),
            Optional.ofNullable(state),
            Optional.ofNullable(raisedBefore),
            order == SignalOrder.OLDEST);
    return PageResponse.of(
        signals.page(actor, filter, paging.page(), paging.size()),
        SafetySignalController::toResponse);
  }

  /** Newest first, or oldest first (what has waited longest). */
  enum SignalOrder {
    NEWEST,
    OLDEST
  }

  @GetMapping("/api/v1/safety-signals/{signalId}")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      operationId = "getSignal",
      summary = "One signal with its triage and the comments on it")
  public SafetySignalDetailResponse get(Actor actor, @PathVariable UUID signalId) {
    SafetySignalQueries.SignalView view = signals.get(actor, signalId);
    return new SafetySignalDetailResponse(
        toResponse(view.triaged()), view.comments().stream().map(CommentResponse::of).toList());
  }

  @GetMapping("/api/v1/safety-signals/{signalId}/assessment")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(operationId = "getSignalAssessment", summary = "Where the signal's triage stands")
  public TriageResponse assessment(Actor actor, @PathVariable UUID signalId) {
    return TriageResponse.of(signals.get(actor, signalId).triaged().triage());
  }

  @Responds(
      value = 200,
      headers = {ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping("/api/v1/safety-signals/{signalId}/assessment")
  @PreAuthorize(Roles.COORDINATOR)
  @Operation(
      operationId = "assessSignal",
      summary =
          "A triage step by a coordinator: UNDER_ASSESSMENT takes the signal up (or reopens it,"
              + " with the reason in comment); CLOSED concludes it with causality (WHO-UMC),"
              + " expectedness and action; 409 when the signal is already in that state")
  public ResponseEntity<TriageResponse> assess(
      Actor actor,
      @PathVariable UUID signalId,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody TriageRequest request) {
    return idempotent.write(
        actor,
        key,
        "POST /api/v1/safety-signals/" + signalId + "/assessment",
        request,
        TriageResponse.class,
        () ->
            WriteAnswer.ok(
                null,
                TriageResponse.of(
                    triage.step(
                        actor,
                        signalId,
                        new SignalTriage.Step(
                            request.state(),
                            request.causality(),
                            request.expectedness(),
                            request.action(),
                            request.comment())))));
  }

  @Responds(
      value = 201,
      headers = {ResponseHeader.LOCATION, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping("/api/v1/safety-signals/{signalId}/comments")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      operationId = "commentOnSignal",
      summary = "A comment on a signal, by a coordinator or the lead of the signal's site")
  public ResponseEntity<CommentResponse> comment(
      Actor actor,
      @PathVariable UUID signalId,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody CommentRequest request) {
    return idempotent.write(
        actor,
        key,
        "POST /api/v1/safety-signals/" + signalId + "/comments",
        request,
        CommentResponse.class,
        () ->
            WriteAnswer.created(
                URI.create("/api/v1/safety-signals/" + signalId),
                null,
                CommentResponse.of(triage.comment(actor, signalId, request.comment()))));
  }

  private static SiteCode siteCode(String site) {
    try {
      return SiteCode.of(site);
    } catch (IllegalArgumentException e) {
      throw new PreconditionException(
          HttpStatus.BAD_REQUEST,
          Violation.rejection("site", "format", "site must be a site code such as OUS"));
    }
  }

  private static SafetySignalResponse toResponse(TriagedSignal triaged) {
    SafetySignal s = triaged.signal();
    return new SafetySignalResponse(
        s.id(),
        s.participantId().value(),
        s.site().value(),
        s.kind().name(),
        s.raisedAt(),
        s.sourceType(),
        s.sourceId(),
        s.detail(),
        TriageResponse.of(triaged.triage()));
  }
}
