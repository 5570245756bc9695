package no.followup.registry.api.submission;

import java.util.List;
import no.followup.registry.domain.shared.Violation;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A bulk record as it was read: its type when it names a known one (null otherwise), and whatever
 * of it could not be read.
 */
@JsonDeserialize(using = BulkRecordReader.class)
record ReadRecord(BulkRecord record, BulkType type, List<Violation> problems) {

  ReadRecord {
    problems = List.copyOf(problems);
  }
}
