package no.followup.registry.api.safety;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.PageResponse;
import no.followup.registry.api.shared.Paging;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.safety.SafetySignalQueries;
import no.followup.registry.domain.safety.SafetySignal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Safety signals")
class SafetySignalController {

  private final SafetySignalQueries signals;

  SafetySignalController(SafetySignalQueries signals) {
    this.signals = signals;
  }

  @GetMapping("/api/v1/safety-signals")
  @PreAuthorize(Roles.COORDINATOR)
  @Operation(summary = "Safety signals of all sites, newest first")
  public PageResponse<SafetySignalResponse> list(
      Actor actor,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging paging = Paging.of(page, size);
    return PageResponse.of(
        signals.page(actor, paging.page(), paging.size()), SafetySignalController::toResponse);
  }

  private static SafetySignalResponse toResponse(SafetySignal s) {
    return new SafetySignalResponse(
        s.id(),
        s.participantId().value(),
        s.site().value(),
        s.kind().name(),
        s.raisedAt(),
        s.sourceType(),
        s.sourceId(),
        s.detail());
  }
}
