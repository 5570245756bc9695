package no.followup.registry.api.submission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import no.followup.registry.application.submission.SubmissionItem;
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
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(
    name = "Bulk submissions",
    description = "Up to 10,000 records of any kind in one request, with a receipt")
class SubmissionController {

  private static final String NDJSON = "application/x-ndjson";

  private final Submissions submissions;
  private final BulkCommands commands;
  private final IdempotentResponses idempotent;
  private final JsonMapper json;

  private final RecordRateLimit recordLimit;

  SubmissionController(
      Submissions submissions,
      BulkCommands commands,
      IdempotentResponses idempotent,
      JsonMapper json,
      RecordRateLimit recordLimit) {
    this.submissions = submissions;
    this.commands = commands;
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
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = Receipt.class)))
  public ResponseEntity<?> submit(
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
    List<ReadRecord> records = read(body, contentType.startsWith(NDJSON));
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
    List<SubmissionItem> items = records.stream().map(commands::item).toList();
    if (dryRun) {
      IdempotentResponses.requireValid(key);
      return ResponseEntity.ok(submissions.dryRun(actor, submissionMode, items));
    }
    return idempotent.writeJson(
        actor,
        key,
        "POST /api/v1/submissions?mode=" + submissionMode,
        body,
        () -> {
          Submissions.Submitted submitted = submissions.submit(actor, submissionMode, items);
          return WriteAnswer.created(
              URI.create("/api/v1/submissions/" + submitted.receipt().submissionId()),
              null,
              submitted.json());
        });
  }

  @GetMapping("/api/v1/submissions/{submissionId}")
  @PreAuthorize(Roles.SITE)
  @Operation(
      operationId = "getReceipt",
      summary = "The receipt of an earlier submission of the caller's site")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = Receipt.class)))
  public ResponseEntity<String> receipt(Actor actor, @PathVariable UUID submissionId) {
    // The receipt as it was written when the submission was stored.
    return submissions
        .receiptJson(actor, submissionId)
        .map(stored -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(stored))
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

  /**
   * Reads the records one after another from the body (a JSON array, or NDJSON's one record per
   * line), each straight into its type's request; a record's own mistakes stay with that record.
   * Reading stops one past the most a submission may hold, which is enough to refuse it.
   */
  private List<ReadRecord> read(String body, boolean ndjson) {
    if (!ndjson && !body.stripLeading().startsWith("[")) {
      throw notRecords();
    }
    List<ReadRecord> records = new ArrayList<>();
    try (MappingIterator<ReadRecord> values = json.readerFor(ReadRecord.class).readValues(body)) {
      while (records.size() <= Submissions.MAX_RECORDS && values.hasNextValue()) {
        ReadRecord record = values.nextValue();
        if (record == null) {
          // JSON null reads as no record at all: there is nothing to give an outcome to.
          throw new PreconditionException(
              HttpStatus.BAD_REQUEST,
              Violation.rejection(
                  "records[" + records.size() + "]",
                  "json",
                  "a record must be a JSON object, not null"));
        }
        records.add(record);
      }
    } catch (JacksonException e) {
      throw notRecords();
    }
    return records;
  }

  private static PreconditionException notRecords() {
    return new PreconditionException(
        HttpStatus.BAD_REQUEST,
        Violation.rejection(
            "body",
            "json",
            "the body must be a JSON array (or NDJSON lines) of records with type, ref, participantId or nationalId, and data"));
  }
}
