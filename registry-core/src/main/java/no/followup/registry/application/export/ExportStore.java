package no.followup.registry.application.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every export and where it stands, as its request and then its job move it along. */
public interface ExportStore {

  void queued(String id, String dataset, LocalDate asOf, String requestedBy);

  /**
   * Queues a project's release of a locked date, unless it has a live one (queued, running or
   * complete): true if this one was queued.
   */
  boolean queuedRelease(
      String id, String dataset, LocalDate asOf, String requestedBy, UUID projectId);

  /** The project's live release of the date, if it has one. */
  Optional<DatasetExport> liveRelease(UUID projectId, LocalDate asOf);

  /** Who was in a release and under which pseudonym (a restarted release writes the same). */
  void released(String id, Map<UUID, String> participants);

  void running(String id, long executionId);

  void completed(String id, Long aggregationRun, Map<String, Long> rowCounts, String checksum);

  /** Marks an export FAILED after its request committed, in a transaction of its own. */
  void failedToStart(String id, String error);

  void failed(String id, String error);

  /**
   * How many of the user's exports of the last day are queued or running (an export whose process
   * died stays RUNNING; it stops counting against its user after a day).
   */
  int unfinishedOf(String requestedBy);

  /** Completed exports whose files are older than the retention period, marked expired. */
  List<String> expireCompletedBefore(Instant cutoff);

  /** The user's exports and the releases of the projects naming them, newest first. */
  List<DatasetExport> requestedBy(String user, int max);

  /** Every release made for the project, newest locked date first. */
  List<DatasetExport> ofProject(UUID projectId);

  Optional<DatasetExport> find(String id);
}
