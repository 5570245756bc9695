package no.followup.registry.api.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import no.followup.registry.api.contract.Responds;
import no.followup.registry.api.contract.ResponseHeader;
import no.followup.registry.api.security.Roles;
import no.followup.registry.api.shared.IdempotentResponses;
import no.followup.registry.api.shared.WriteAnswer;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.export.DatasetExport;
import no.followup.registry.application.export.ExportRequests;
import no.followup.registry.export.dataset.DatasetDescription;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Research datasets")
class ExportController {

  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final MediaType XLSX = MediaType.parseMediaType(XLSX_TYPE);
  static final String ZIP_TYPE = "application/zip";
  static final MediaType ZIP = MediaType.parseMediaType(ZIP_TYPE);

  private final ExportRequests exports;
  private final IdempotentResponses idempotent;

  ExportController(ExportRequests exports, IdempotentResponses idempotent) {
    this.exports = exports;
    this.idempotent = idempotent;
  }

  @GetMapping("/api/v1/datasets")
  @PreAuthorize(Roles.EXPORT_USERS)
  @Operation(operationId = "listDatasets", summary = "The datasets researchers can export")
  public List<DatasetDescription> catalogue(Actor actor) {
    return exports.catalogue(actor).stream().map(DatasetDescription::named).toList();
  }

  @Responds(
      value = 202,
      headers = {ResponseHeader.LOCATION, ResponseHeader.IDEMPOTENT_REPLAYED})
  @PostMapping("/api/v1/datasets/{name}/exports")
  @PreAuthorize(Roles.EXPORT_USERS)
  @Operation(
      operationId = "requestExport",
      summary =
          "Export a dataset as of a date: one release, written in the background (202). A"
              + " row-level dataset names its data-access project and a locked date; asking again"
              + " for a project's release of a date answers the same release")
  public ResponseEntity<ExportResponse> request(
      Actor actor,
      @PathVariable String name,
      @RequestHeader(value = IdempotentResponses.HEADER, required = false) String key,
      @RequestBody ExportRequest request) {
    return idempotent.write(
        actor,
        key,
        "POST /api/v1/datasets/" + name + "/exports",
        request,
        ExportResponse.class,
        () -> {
          ExportResponse body =
              toResponse(exports.request(actor, name, request.asOf(), request.projectId()));
          return WriteAnswer.accepted(URI.create("/api/v1/exports/" + body.exportId()), body);
        });
  }

  @GetMapping("/api/v1/exports/{exportId}")
  @PreAuthorize(Roles.EXPORT_USERS)
  @Operation(
      operationId = "getExport",
      summary = "An export's state: QUEUED, RUNNING, COMPLETED or FAILED")
  public ExportResponse status(Actor actor, @PathVariable String exportId) {
    return toResponse(exports.status(actor, exportId));
  }

  @Responds(value = 200, mediaType = XLSX_TYPE, errors = 409)
  @GetMapping("/api/v1/exports/{exportId}/file")
  @PreAuthorize(Roles.EXPORT_USERS)
  @Operation(
      operationId = "downloadExport",
      summary = "The export's Excel file, streamed; every download is audited")
  public ResponseEntity<Resource> file(Actor actor, @PathVariable String exportId) {
    DatasetExport export = exports.status(actor, exportId);
    return attachment(exports.file(actor, exportId), export.fileName(), XLSX);
  }

  @Responds(value = 200, mediaType = ZIP_TYPE, errors = 409)
  @GetMapping("/api/v1/exports/{exportId}/csv")
  @PreAuthorize(Roles.EXPORT_USERS)
  @Operation(
      operationId = "downloadExportCsv",
      summary =
          "A row-level release as a zip: one CSV per table (UTF-8, decimal point), the codebook,"
              + " README and syntax reading it into R, Stata and SPSS; audited")
  public ResponseEntity<Resource> csv(Actor actor, @PathVariable String exportId) {
    DatasetExport export = exports.status(actor, exportId);
    return attachment(exports.csvFile(actor, exportId), export.csvFileName(), ZIP);
  }

  private static ExportResponse toResponse(DatasetExport e) {
    return new ExportResponse(
        e.id(),
        e.dataset(),
        e.projectId(),
        e.asOf(),
        e.status(),
        e.requestedBy(),
        e.requestedAt(),
        e.completedAt(),
        e.rowCounts(),
        e.checksum(),
        e.error(),
        e.hasFile() ? "/api/v1/exports/" + e.id() + "/file" : null,
        e.hasFile() && e.isRowLevel() ? "/api/v1/exports/" + e.id() + "/csv" : null);
  }

  /** A file streamed for download under its name. */
  private static ResponseEntity<Resource> attachment(Path file, String name, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(new FileSystemResource(file));
  }
}
