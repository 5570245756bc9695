package no.followup.registry.api.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.application.export.ExportStatus;

/**
 * An export: its status; once completed, its row counts per sheet (a JSON object), the data
 * checksum and where to download the file (and, for a row-level release, its CSV zip with R, Stata
 * and SPSS syntax).
 */
public record ExportResponse(
    String exportId,
    String dataset,
    UUID projectId,
    LocalDate asOf,
    ExportStatus status,
    String requestedBy,
    Instant requestedAt,
    Instant completedAt,
    Map<String, Long> rowCounts,
    String checksum,
    String error,
    String file,
    String csvFile) {}
