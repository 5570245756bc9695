package no.followup.registry.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import no.followup.registry.api.problem.PreconditionException;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.PageResponse;
import no.followup.registry.api.shared.Paging;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.audit.AuditAnchors;
import no.followup.registry.application.audit.AuditChainVerification;
import no.followup.registry.application.audit.AuditQueries;
import no.followup.registry.application.audit.AuditQuery;
import no.followup.registry.application.audit.AuditRecord;
import no.followup.registry.domain.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit trail")
class AuditController {

  private final AuditQueries audit;

  AuditController(AuditQueries audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/audit-events")
  @PreAuthorize(Roles.AUDITOR)
  @Operation(
      operationId = "searchAuditEvents",
      summary =
          "The audit trail, newest first; from/to are dates (YYYY-MM-DD) or instants, to exclusive")
  public PageResponse<AuditEventResponse> search(
      Actor actor,
      @RequestParam(required = false) UUID participant,
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging paging = Paging.of(page, size);
    AuditQuery query = new AuditQuery(participant, user, instant("from", from), instant("to", to));
    return PageResponse.of(
        audit.search(actor, query, paging.page(), paging.size()), AuditController::toResponse);
  }

  @GetMapping("/api/v1/audit-events/verification")
  @PreAuthorize(Roles.AUDITOR)
  @Operation(
      operationId = "verifyAuditTrail",
      summary =
          "Recompute every hash chain and check them against the latest signed anchor kept outside"
              + " the database; names the first row that does not match")
  public VerificationResponse verify(Actor actor) {
    AuditChainVerification.Result chains = audit.verify(actor);
    AuditAnchors.Check anchor = audit.checkAnchor(actor);
    return new VerificationResponse(
        chains.intact() && anchor.intact(),
        chains.rowsChecked(),
        chains.firstBroken().or(anchor::broken).orElse(null),
        new AnchorResponse(anchor.anchoredAt().orElse(null), anchor.intact()));
  }

  /**
   * Whether the trail is intact (every chain, and every anchored row as it was anchored), how many
   * rows were checked, the first broken row if any, and the anchor checked against.
   */
  public record VerificationResponse(
      boolean intact,
      long rowsChecked,
      AuditChainVerification.BrokenRow firstBroken,
      AnchorResponse anchor) {}

  /** The latest anchor (null when none was written yet) and whether the trail still matches it. */
  public record AnchorResponse(Instant anchoredAt, boolean intact) {}

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new PreconditionException(
          HttpStatus.BAD_REQUEST,
          Violation.rejection(
              name,
              "format",
              name + " must be a date (YYYY-MM-DD) or an instant (2026-11-26T10:00:00Z)"));
    }
  }

  private static AuditEventResponse toResponse(AuditRecord r) {
    var e = r.entry();
    return new AuditEventResponse(
        r.chainKey(),
        r.seq(),
        e.occurredAt(),
        e.actor(),
        e.actorSite(),
        e.action(),
        e.entityType(),
        e.entityId(),
        e.participantId(),
        e.purpose(),
        e.reason(),
        e.oldValue(),
        e.newValue());
  }
}
