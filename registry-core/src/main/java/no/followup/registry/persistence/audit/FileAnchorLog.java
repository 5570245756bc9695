package no.followup.registry.persistence.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import no.followup.registry.application.audit.AnchorLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * Anchors as lines appended to a file the database's users cannot reach (put it on storage the
 * registry may append to and not rewrite), each also logged for the operator's log system.
 */
@Repository
class FileAnchorLog implements AnchorLog {

  private static final Logger log = LoggerFactory.getLogger(FileAnchorLog.class);

  private final Path file;

  FileAnchorLog(@Value("${registry.audit.anchor-file:out/audit-anchors.jsonl}") String file) {
    this.file = Path.of(file);
  }

  @Override
  public synchronized void append(String anchor) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        channel.write(ByteBuffer.wrap((anchor + "\n").getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the audit anchor could not be written", e);
    }
    log.info("audit anchor {}", anchor);
  }

  @Override
  public synchronized Optional<String> latest() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (!lines.get(i).isBlank()) {
          return Optional.of(lines.get(i));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("the audit anchors could not be read", e);
    }
  }
}
