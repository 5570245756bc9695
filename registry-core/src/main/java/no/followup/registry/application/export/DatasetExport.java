package no.followup.registry.application.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One requested export: its release id, state, and once complete its row counts and checksum. A
 * row-level release belongs to its data-access project.
 */
public record DatasetExport(
    String id,
    String dataset,
    UUID projectId,
    LocalDate asOf,
    String requestedBy,
    Instant requestedAt,
    ExportStatus status,
    Long executionId,
    Map<String, Long> rowCounts,
    String checksum,
    String error,
    Instant completedAt) {

  /** The name its file is downloaded under: the dataset, the date and the release. */
  public String fileName() {
    return dataset + "-" + asOf + "-" + id + ".xlsx";
  }

  /** The name its CSV zip is downloaded under. */
  public String csvFileName() {
    return dataset + "-" + asOf + "-" + id + ".zip";
  }

  /** A row-level release: it has a CSV zip beside its Excel file. */
  public boolean isRowLevel() {
    return Datasets.isRowLevel(dataset);
  }

  /** Only a completed export has a file to download (an expired one's is deleted). */
  public boolean hasFile() {
    return status == ExportStatus.COMPLETED;
  }
}
