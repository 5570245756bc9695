package no.followup.registry.persistence.submission;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.submission.Receipt;
import no.followup.registry.application.submission.SubmissionReceipts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSubmissionReceipts implements SubmissionReceipts {

  private final JdbcClient jdbc;

  JdbcSubmissionReceipts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void store(String scope, String submittedBy, Receipt r, String receiptJson) {
    jdbc.sql(
            """
            INSERT INTO submission (id, scope, submitted_by, mode, dry_run, received_at, record_count, accepted_count,
                                    rejected_count, receipt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            r.submissionId(),
            scope,
            submittedBy,
            r.mode().name(),
            r.dryRun(),
            OffsetDateTime.ofInstant(r.receivedAt(), ZoneOffset.UTC),
            r.received(),
            r.accepted(),
            r.rejected(),
            receiptJson)
        .update();
  }

  @Override
  public Optional<String> findJson(String scope, UUID submissionId) {
    return jdbc.sql("SELECT receipt FROM submission WHERE id = ? AND scope = ?")
        .params(submissionId, scope)
        .query(String.class)
        .optional();
  }
}
