package no.followup.registry.api.safety;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;
import no.followup.registry.api.problem.PreconditionException;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.PageResponse;
import no.followup.registry.api.shared.Paging;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.safety.SafetySignalQueries;
import no.followup.registry.domain.safety.SafetySignal;
import no.followup.registry.domain.safety.SignalFilter;
import no.followup.registry.domain.safety.SignalKind;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.http.HttpStatus;
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
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      summary =
          "Safety signals, newest first: every site's for coordinators, their own site's for site"
              + " leads; filter by site, kind, and raised before a moment (ISO-8601)")
  public PageResponse<SafetySignalResponse> list(
      Actor actor,
      @RequestParam(required = false) String site,
      @RequestParam(required = false) SignalKind kind,
      @RequestParam(required = false) Instant raisedBefore,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging paging = Paging.of(page, size);
    SignalFilter filter =
        new SignalFilter(
            Optional.ofNullable(site).map(SafetySignalController::siteCode),
            Optional.ofNullable(kind),
            Optional.ofNullable(raisedBefore));
    return PageResponse.of(
        signals.page(actor, filter, paging.page(), paging.size()),
        SafetySignalController::toResponse);
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
