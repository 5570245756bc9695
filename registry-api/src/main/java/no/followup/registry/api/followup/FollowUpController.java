package no.followup.registry.api.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.PageResponse;
import no.followup.registry.api.shared.Paging;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.followup.DueVisit;
import no.followup.registry.application.followup.FollowUps;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Follow-up")
class FollowUpController {

  private final FollowUps followUps;

  FollowUpController(FollowUps followUps) {
    this.followUps = followUps;
  }

  @GetMapping("/api/v1/follow-ups/due")
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "listDueVisits",
      summary = "Due and overdue visits of the caller's site, soonest closing window first")
  public PageResponse<DueVisitResponse> due(
      Actor actor,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging paging = Paging.of(page, size);
    return PageResponse.of(
        followUps.dueAtOwnSite(actor, paging.page(), paging.size()),
        FollowUpController::toResponse);
  }

  private static DueVisitResponse toResponse(DueVisit v) {
    return new DueVisitResponse(
        v.participantId().value(),
        v.study().value(),
        v.episode(),
        v.visitCode(),
        v.visitLabel(),
        v.windowOpens(),
        v.windowCloses(),
        v.state().name());
  }
}
