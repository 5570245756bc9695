package no.followup.registry.application.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Deletes export files older than the retention period (every night, Norwegian time) and marks
 * their exports {@code EXPIRED}: a participant who withdrew leaves the old releases with them.
 */
@Service
@EnableConfigurationProperties(ExportLimits.class)
public class ExportRetention {

  private static final Logger log = LoggerFactory.getLogger(ExportRetention.class);

  private final ExportStore records;
  private final DatasetFiles files;
  private final ExportLimits limits;

  ExportRetention(ExportStore records, DatasetFiles files, ExportLimits limits) {
    this.records = records;
    this.files = files;
    this.limits = limits;
  }

  /** Answers the ids of the exports whose files were deleted. */
  @Scheduled(cron = "${registry.export.limits.retention-cron:0 30 3 * * *}", zone = "Europe/Oslo")
  public List<String> deleteExpired() {
    List<String> expired = records.expireCompletedBefore(Instant.now().minus(limits.retention()));
    for (String id : expired) {
      try {
        Files.deleteIfExists(files.file(id));
        Files.deleteIfExists(files.csvFile(id));
      } catch (IOException e) {
        throw new UncheckedIOException("an expired export file could not be deleted", e);
      }
    }
    log.info("deleted {} export file(s) past their retention", expired.size());
    return expired;
  }
}
