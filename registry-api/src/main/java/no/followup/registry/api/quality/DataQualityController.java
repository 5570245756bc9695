package no.followup.registry.api.quality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.api.contract.Responds;
import no.followup.registry.api.contract.ResponseHeader;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.api.shared.PageResponse;
import no.followup.registry.api.shared.Paging;
import no.followup.registry.api.shared.WriteAnswer;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.quality.DataQualityReview;
import no.followup.registry.domain.quality.DataQualityFinding;
import no.followup.registry.domain.quality.DataQualityFinding.Status;
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
@Tag(name = "Data quality")
class DataQualityController {

  private static final String FINDINGS = "/api/v1/data-quality-findings";

  private final DataQualityReview review;
  private final IdempotentResponses idempotent;

  DataQualityController(DataQualityReview review, IdempotentResponses idempotent) {
    this.review = review;
    this.idempotent = idempotent;
  }

  @GetMapping(FINDINGS)
  @PreAuthorize(Roles.SITE_OR_COORDINATOR)
  @Operation(
      operationId = "listFindings",
      summary =
          "Data-quality findings, newest first: a site its own, a coordinator every site's;"
              + " status OPEN or ANSWERED to filter")
  public PageResponse<FindingResponse> list(
      Actor actor,
      @RequestParam Optional<Status> status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging paging = Paging.of(page, size);
    return PageResponse.of(
        review.page(actor, status, paging.page(), paging.size()),
        DataQualityController::toResponse);
  }

  @Responds(
      value = 200,
      headers = {ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping(FINDINGS + "/{findingId}/answer")
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "answerFinding",
      summary = "Answer a finding of the caller's site (corrected, or confirmed as right)")
  public ResponseEntity<FindingResponse> answer(
      Actor actor,
      @PathVariable UUID findingId,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody AnswerRequest request) {
    return idempotent.write(
        actor,
        key,
        "POST " + FINDINGS + "/" + findingId + "/answer",
        request,
        FindingResponse.class,
        () -> WriteAnswer.ok(null, toResponse(review.answer(actor, findingId, request.answer()))));
  }

  private static FindingResponse toResponse(DataQualityFinding f) {
    return new FindingResponse(
        f.id(),
        f.rule(),
        f.site().value(),
        f.participantId().value(),
        f.recordType(),
        f.recordId(),
        f.detail(),
        f.foundAsOf(),
        f.foundAt(),
        f.status().name(),
        f.answer(),
        f.answeredBy(),
        f.answeredAt());
  }
}
