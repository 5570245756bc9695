package no.followup.registry.application.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.application.audit.AuditTrail;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.persistence.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A submission's unit of work on a real database: a savepoint takes back what was written after it
 * and nothing before, including records whose inserts were still queued when it was marked.
 */
class UnitOfWorkTest {

  private static Database db;
  private final AuditRecorder audit =
      new AuditRecorder(Mockito.mock(AuditTrail.class), new RegistryClock(Clock.systemUTC()));

  @BeforeAll
  static void database() {
    db = Database.migrated();
    db.jdbc().sql("CREATE TABLE unit_of_work_row (id uuid PRIMARY KEY)").update();
  }

  @Test
  void a_rollback_takes_back_what_came_after_the_savepoint_and_keeps_the_inserts_queued_before() {
    UUID queuedBefore = UUID.randomUUID();
    UUID writtenAfter = UUID.randomUUID();

    db.inTransaction()
        .executeWithoutResult(
            transaction -> {
              UnitOfWork work = new UnitOfWork(transaction, audit, db.workingSet());
              work.batched(
                  () -> {
                    queue(queuedBefore);
                    UnitOfWork.Mark before = work.savepoint();
                    write(writtenAfter);
                    work.rollbackTo(before);
                    return null;
                  });
            });

    assertThat(rows()).contains(queuedBefore).doesNotContain(writtenAfter);
  }

  @Test
  void a_savepoint_after_which_earlier_queued_inserts_were_sent_cannot_be_rolled_back() {
    UUID queuedBefore = UUID.randomUUID();

    db.inTransaction()
        .executeWithoutResult(
            transaction -> {
              UnitOfWork work = new UnitOfWork(transaction, audit, db.workingSet());
              UnitOfWork.Mark start = work.savepoint();
              assertThatThrownBy(
                      () ->
                          work.batched(
                              () -> {
                                queue(queuedBefore);
                                UnitOfWork.Mark before = work.savepoint();
                                // A read of the table sends its queued inserts, after the mark.
                                db.workingSet().flush("unit_of_work_row");
                                work.rollbackTo(before);
                                return null;
                              }))
                  .as("the rollback would take the earlier record's row with it")
                  .isInstanceOf(UnitOfWork.BatchBroken.class);
              work.rollbackTo(start);
            });

    assertThat(rows()).doesNotContain(queuedBefore);
  }

  @Test
  void a_queued_insert_counts_as_written() {
    db.inTransaction()
        .executeWithoutResult(
            transaction -> {
              UnitOfWork work = new UnitOfWork(transaction, audit, db.workingSet());
              work.batched(
                  () -> {
                    UnitOfWork.Mark before = work.position();
                    assertThat(work.wroteSince(before)).isFalse();
                    queue(UUID.randomUUID());
                    assertThat(work.wroteSince(before)).isTrue();
                    return null;
                  });
            });
  }

  private static void queue(UUID id) {
    db.workingSet()
        .insert(
            "unit_of_work_row",
            new Row(id),
            "INSERT INTO unit_of_work_row (id) VALUES (:id)",
            new MapSqlParameterSource("id", id));
  }

  private static void write(UUID id) {
    db.jdbc().sql("INSERT INTO unit_of_work_row (id) VALUES (?)").param(id).update();
  }

  private static List<UUID> rows() {
    return db.jdbc().sql("SELECT id FROM unit_of_work_row").query(UUID.class).list();
  }

  private record Row(UUID id) implements EnrolmentRecord {

    @Override
    public EnrolmentId enrolmentId() {
      return new EnrolmentId(id);
    }

    @Override
    public LocalDate date() {
      return LocalDate.EPOCH;
    }
  }
}
