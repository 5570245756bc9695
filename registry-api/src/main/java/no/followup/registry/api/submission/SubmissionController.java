package no.followup.registry.api.submission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.followup.registry.api.contract.Responds;
import no.followup.registry.api.contract.ResponseHeader;
import no.followup.registry.api.problem.PreconditionException;
import no.followup.registry.api.security.RecordRateLimit;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.api.shared.WriteAnswer;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.submission.Receipt;
import no.followup.registry.application.submission.SubmissionMode;
import no.followup.registry.application.submission.Submissions;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(
    name = "Bulk submissions",
    description = "Up to 10,000 records of any kind in one request, with a receipt")
class SubmissionController {

  private static final String NDJSON = "application/x-ndjson";

  private final Submissions submissions;
  private final BulkItems items;
  private final IdempotentResponses idempotent;
  private final JsonMapper json;

  private final RecordRateLimit recordLimit;

  SubmissionController(
      Submissions submissions,
      BulkItems items,
      IdempotentResponses idempotent,
      JsonMapper json,
      RecordRateLimit recordLimit) {
    this.submissions = submissions;
    this.items = items;
    this.idempotent = idempotent;
    this.json = json;
    this.recordLimit = recordLimit;
  }

  @Responds(
      value = 201,
      headers = {ResponseHeader.LOCATION, ResponseHeader.IDEMPOTENT_REPLAYED},
      also = 200)
  @PostMapping(
      path = "/api/v1/submissions",
      consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON})
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "submitRecords",
      summary =
          "Submit many records: mode=atomic (all or nothing) or partial; dryRun=true checks without writing")
  public ResponseEntity<Receipt> submit(
      Actor actor,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.CONTENT_TYPE) String contentType,
      @RequestParam(defaultValue = "atomic") String mode,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description =
                  "Up to 10,000 records: a JSON array, or one record per line as NDJSON."
                      + " A record's data is the body its single-record endpoint takes.",
              content = {
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = BulkRecord.class))),
                @Content(mediaType = NDJSON, schema = @Schema(implementation = BulkRecord.class))
              })
          @RequestBody
          String body) {
    SubmissionMode submissionMode = mode(mode);
    List<BulkRecord> records = parse(body, contentType.startsWith(NDJSON));
    if (records.isEmpty()) {
      throw new RecordRejectedException(
          List.of(
              Violation.rejection(
                  "records", "not-empty", "a submission holds at least one record")));
    }
    if (records.size() > Submissions.MAX_RECORDS) {
      throw new RecordRejectedException(
          List.of(
              Violation.rejection(
                  "records",
                  "max-records",
                  "a submission holds at most " + Submissions.MAX_RECORDS + " records")));
    }
    recordLimit.take(actor, records.size());
    if (dryRun) {
      IdempotentResponses.requireValid(key);
      return ResponseEntity.ok(submissions.dryRun(actor, submissionMode, items.of(actor, records)));
    }
    return idempotent.write(
        actor,
        key,
        "POST /api/v1/submissions?mode=" + submissionMode,
        body,
        Receipt.class,
        () -> {
          Receipt receipt = submissions.submit(actor, submissionMode, items.of(actor, records));
          return WriteAnswer.created(
              URI.create("/api/v1/submissions/" + receipt.submissionId()), null, receipt);
        });
  }

  @GetMapping("/api/v1/submissions/{submissionId}")
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "getReceipt",
      summary = "The receipt of an earlier submission of the caller's site")
  public Receipt receipt(Actor actor, @PathVariable UUID submissionId) {
    return submissions
        .receiptJson(actor, submissionId)
        .map(stored -> json.readValue(stored, Receipt.class))
        .orElseThrow(() -> new NotFoundException("submission"));
  }

  private static SubmissionMode mode(String mode) {
    try {
      return SubmissionMode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PreconditionException(
          HttpStatus.BAD_REQUEST,
          Violation.rejection("mode", "known-mode", "mode must be atomic or partial"));
    }
  }

  private List<BulkRecord> parse(String body, boolean ndjson) {
    List<BulkRecord> records = readRecords(body, ndjson);
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i) == null) {
        // JSON null reads as no record at all: there is nothing to give an outcome to.
        throw new PreconditionException(
            HttpStatus.BAD_REQUEST,
            Violation.rejection(
                "records[" + i + "]", "json", "a record must be a JSON object, not null"));
      }
    }
    return records;
  }

  private List<BulkRecord> readRecords(String body, boolean ndjson) {
    try {
      if (!ndjson) {
        List<BulkRecord> records = json.readValue(body, new TypeReference<List<BulkRecord>>() {});
        return records == null ? List.of() : records;
      }
      List<BulkRecord> records = new ArrayList<>();
      for (String line : body.split("\n")) {
        if (!line.isBlank()) {
          records.add(json.readValue(line, BulkRecord.class));
        }
      }
      return records;
    } catch (JacksonException e) {
      throw new PreconditionException(
          HttpStatus.BAD_REQUEST,
          Violation.rejection(
              "body",
              "json",
              "the body must be a JSON array (or NDJSON lines) of records with type, ref, participantId or nationalId, and data"));
    }
  }
}
