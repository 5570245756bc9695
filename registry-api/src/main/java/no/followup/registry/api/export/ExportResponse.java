package no.followup.registry.api.export;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An export: {@code status} QUEUED, RUNNING, COMPLETED or FAILED; once completed, its row counts
 * per sheet, the data checksum and where to download the file.
 */
public record ExportResponse(
    String exportId,
    String dataset,
    LocalDate asOf,
    String status,
    String requestedBy,
    Instant requestedAt,
    Instant completedAt,
    String rowCounts,
    String checksum,
    String error,
    String file) {}
