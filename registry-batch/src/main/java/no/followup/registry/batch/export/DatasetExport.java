package no.followup.registry.batch.export;

import java.time.Instant;
import java.time.LocalDate;

/** One requested export: its release id, state, and once complete its row counts and checksum. */
public record DatasetExport(
    String id,
    String dataset,
    LocalDate asOf,
    String requestedBy,
    Instant requestedAt,
    String status,
    Long executionId,
    String rowCounts,
    String checksum,
    String error,
    Instant completedAt) {}
