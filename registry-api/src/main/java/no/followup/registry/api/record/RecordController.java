package no.followup.registry.api.record;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.followup.registry.api.contract.Responds;
import no.followup.registry.api.contract.ResponseHeader;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.ETags;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.api.shared.PageResponse;
import no.followup.registry.api.shared.Paging;
import no.followup.registry.api.shared.WriteAnswer;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.record.ClinicalRecords;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.application.record.Saved;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The four endpoints of one kind of clinical record under {@code /api/v1/participants/{id}/...}.
 *
 * @param <Q> the request
 * @param <T> the domain record
 * @param <R> the response
 */
public abstract class RecordController<Q extends RecordRequest, T extends EnrolmentRecord, R> {

  private final ClinicalRecords records;
  private final RecordKind<T> kind;
  private final IdempotentResponses idempotent;
  private final RecordMapping<Q, T, R> mapping;
  private final Class<R> responseType;
  private final String collection;

  protected RecordController(
      ClinicalRecords records,
      RecordKind<T> kind,
      IdempotentResponses idempotent,
      RecordMapping<Q, T, R> mapping,
      Class<R> responseType,
      String collection) {
    this.records = records;
    this.kind = kind;
    this.idempotent = idempotent;
    this.mapping = mapping;
    this.responseType = responseType;
    this.collection = collection;
  }

  private T toDomain(Q request, UUID id, EnrolmentId enrolment) {
    return mapping.toDomain(request, id, enrolment);
  }

  private R toResponse(UUID participantId, Versioned<T> stored, List<Violation> warnings) {
    return mapping.toResponse(
        stored.record(), participantId, stored.version(), WarningResponse.of(warnings));
  }

  @Responds(
      value = 201,
      headers = {ResponseHeader.LOCATION, ResponseHeader.ETAG, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping
  @PreAuthorize(Roles.SITE)
  @Operation(summary = "Add a record for a participant of the caller's site")
  public ResponseEntity<R> add(
      Actor actor,
      @PathVariable UUID participantId,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody Q request) {
    return idempotent.write(
        actor,
        key,
        "POST " + base(participantId),
        request,
        responseType,
        () -> {
          Saved<T> saved =
              records.add(
                  actor,
                  new ParticipantId(participantId),
                  kind,
                  (id, enrolment) -> toDomain(request, id, enrolment));
          return WriteAnswer.created(
              URI.create(base(participantId) + "/" + saved.stored().record().id()),
              ETags.of(saved.stored().version()),
              toResponse(participantId, saved.stored(), saved.warnings()));
        });
  }

  @GetMapping
  @PreAuthorize(Roles.SITE_OR_COORDINATOR)
  @Operation(summary = "The participant's records of this kind, a page at a time")
  public PageResponse<R> list(
      Actor actor,
      @PathVariable UUID participantId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging paging = Paging.of(page, size);
    List<R> all =
        records.list(actor, new ParticipantId(participantId), kind).stream()
            .map(v -> toResponse(participantId, v, List.of()))
            .toList();
    return PageResponse.ofAll(all, paging);
  }

  @Responds(value = 200, headers = ResponseHeader.ETAG)
  @GetMapping("/{recordId}")
  @PreAuthorize(Roles.SITE_OR_COORDINATOR)
  @Operation(summary = "One record, with its ETag")
  public ResponseEntity<R> get(
      Actor actor, @PathVariable UUID participantId, @PathVariable UUID recordId) {
    Versioned<T> stored = records.get(actor, new ParticipantId(participantId), kind, recordId);
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, ETags.of(stored.version()))
        .body(toResponse(participantId, stored, List.of()));
  }

  @Responds(value = 200, headers = ResponseHeader.ETAG)
  @PutMapping("/{recordId}")
  @PreAuthorize(Roles.SITE)
  @Operation(summary = "Correct a record: the whole corrected record and a reason, with If-Match")
  public ResponseEntity<R> correct(
      Actor actor,
      @PathVariable UUID participantId,
      @PathVariable UUID recordId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody Q request) {
    int version = ETags.versionIn(ifMatch);
    Corrections.requireReason(request.reason());
    Saved<T> saved =
        records.correct(
            actor,
            new ParticipantId(participantId),
            kind,
            recordId,
            version,
            request.reason(),
            (id, enrolment) -> toDomain(request, id, enrolment));
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, ETags.of(saved.stored().version()))
        .body(toResponse(participantId, saved.stored(), saved.warnings()));
  }

  private String base(UUID participantId) {
    return "/api/v1/participants/" + participantId + "/" + collection;
  }
}
