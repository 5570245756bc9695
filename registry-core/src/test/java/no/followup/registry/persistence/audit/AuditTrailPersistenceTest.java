package no.followup.registry.persistence.audit;

import static no.followup.registry.persistence.audit.AuditEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.followup.registry.application.audit.AuditChainVerification;
import no.followup.registry.application.audit.AuditChainVerification.BrokenRow;
import no.followup.registry.application.audit.AuditEntry;
import no.followup.registry.persistence.Database;
import no.followup.registry.persistence.Latches;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

class AuditTrailPersistenceTest {

  private final Database db = Database.migrated();
  private final JdbcAuditTrail trail =
      new JdbcAuditTrail(db.jdbc(), db.template(), db.transactions());

  @Test
  void each_site_has_its_own_chain_numbered_from_one_and_the_whole_trail_verifies() {
    trail.append(List.of(entry("OUS", "CREATE"), entry("OUS", "READ"), entry(null, "RUN_JOB")));
    trail.append(List.of(entry("HUS", "CREATE"), entry("OUS", "CORRECT")));

    assertThat(seqs("OUS")).containsExactly(1L, 2L, 3L);
    assertThat(seqs("HUS")).containsExactly(1L);
    assertThat(seqs(AuditEntry.NATIONAL)).containsExactly(1L);
    var result = new AuditChainVerification(trail).verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.rowsChecked()).isEqualTo(5);
  }

  @Test
  void the_database_refuses_to_update_delete_or_truncate_audit_rows() {
    trail.append(List.of(entry("OUS", "CREATE")));

    assertThatThrownBy(() -> db.jdbc().sql("UPDATE audit_event SET reason = 'edited'").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> db.jdbc().sql("DELETE FROM audit_event").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> db.jdbc().sql("TRUNCATE audit_event").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(seqs("OUS")).containsExactly(1L);
  }

  @Test
  void the_insert_moves_the_head_and_a_row_that_does_not_continue_its_chain_is_refused() {
    trail.append(List.of(entry("UNN", "CREATE"), entry("UNN", "READ")));
    String chain = chainOf("UNN");
    assertThat(headOf(chain)).isEqualTo(2L);

    assertThatThrownBy(() -> copyOfRowTwo(chain, 4, "hash"))
        .as("a gap after the head")
        .rootCause()
        .hasMessageContaining("do not continue its head at 2");
    assertThatThrownBy(() -> copyOfRowTwo(chain, 3, "prev_hash"))
        .as("linked to a row other than the head")
        .rootCause()
        .hasMessageContaining("do not continue its head at 2");

    assertThat(seqs("UNN")).containsExactly(1L, 2L);
    assertThat(headOf(chain)).isEqualTo(2L);
    assertThat(new AuditChainVerification(trail).verify().intact()).isTrue();
  }

  /** Row 2 of the chain inserted again as row {@code seq}, linked to row 2's {@code link}. */
  private void copyOfRowTwo(String chain, long seq, String link) {
    db.jdbc()
        .sql(
            """
            INSERT INTO audit_event
            SELECT (jsonb_populate_record(e, jsonb_build_object('seq', ?, 'prev_hash', %s))).*
            FROM audit_event e WHERE chain_key = ? AND seq = 2
            """
                .formatted(link.equals("hash") ? "e.hash" : "e.prev_hash"))
        .params(seq, chain)
        .update();
  }

  private long headOf(String chain) {
    return db.jdbc()
        .sql("SELECT last_seq FROM audit_chain WHERE chain_key = ?")
        .param(chain)
        .query(Long.class)
        .single();
  }

  @Test
  void verification_finds_exactly_the_row_altered_behind_the_applications_back() {
    trail.append(List.of(entry("SUS", "CREATE"), entry("SUS", "CORRECT"), entry("SUS", "READ")));

    // Only a superuser who disables the trigger can do this; the chain still shows it.
    db.jdbc()
        .sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete")
        .update();
    db.jdbc()
        .sql(
            "UPDATE audit_event SET new_value = '{\"doseMgPerKg\":0.5}' WHERE chain_key = ? AND seq = 2")
        .param(chainOf("SUS"))
        .update();
    db.jdbc()
        .sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete")
        .update();

    assertThat(new AuditChainVerification(trail).verify().firstBroken())
        .contains(new BrokenRow(chainOf("SUS"), 2, "content does not match its hash"));
  }

  @Test
  void verification_notices_rows_removed_from_the_end_of_a_chain() {
    trail.append(List.of(entry("KKO", "CREATE"), entry("KKO", "CORRECT")));

    db.jdbc()
        .sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete")
        .update();
    db.jdbc()
        .sql("DELETE FROM audit_event WHERE chain_key = ? AND seq = 2")
        .param(chainOf("KKO"))
        .update();
    db.jdbc()
        .sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete")
        .update();

    assertThat(new AuditChainVerification(trail).verify().firstBroken())
        .map(BrokenRow::chainKey)
        .contains(chainOf("KKO"));
  }

  @Test
  void verification_notices_a_deleted_chain_head() {
    trail.append(List.of(entry("STO", "CREATE"), entry("STO", "CORRECT")));

    db.jdbc().sql("DELETE FROM audit_chain WHERE chain_key = ?").param(chainOf("STO")).update();

    assertThat(new AuditChainVerification(trail).verify().firstBroken())
        .contains(new BrokenRow(chainOf("STO"), 2, "the chain's head is missing"));
  }

  @Test
  void a_site_writing_its_audit_does_not_wait_for_another_sites_open_transaction()
      throws Exception {
    CountDownLatch ousHoldsItsChain = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> ous =
        CompletableFuture.runAsync(
            () ->
                db.inTransaction()
                    .executeWithoutResult(
                        status -> {
                          trail.append(List.of(entry("OUS", "CREATE")));
                          ousHoldsItsChain.countDown();
                          Latches.await(release);
                        }));
    assertThat(ousHoldsItsChain.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> hus =
        CompletableFuture.runAsync(() -> trail.append(List.of(entry("HUS", "CREATE"))));

    hus.get(10, TimeUnit.SECONDS);
    release.countDown();
    ous.get(10, TimeUnit.SECONDS);
    assertThat(new AuditChainVerification(trail).verify().intact()).isTrue();
  }

  /** The sequence numbers of a site's rows; appended one after the other, they share one chain. */
  @Test
  void two_transactions_of_the_same_site_append_at_the_same_time_on_different_chains()
      throws Exception {
    CountDownLatch firstHoldsAChain = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                db.inTransaction()
                    .executeWithoutResult(
                        status -> {
                          trail.append(List.of(entry("STO", "CREATE")));
                          firstHoldsAChain.countDown();
                          Latches.await(release);
                        }));
    assertThat(firstHoldsAChain.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> second =
        CompletableFuture.runAsync(() -> trail.append(List.of(entry("STO", "READ"))));

    second.get(10, TimeUnit.SECONDS);
    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    assertThat(
            db.jdbc()
                .sql(
                    "SELECT count(DISTINCT chain_key) FROM audit_event WHERE chain_key LIKE 'STO:%'")
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    assertThat(new AuditChainVerification(trail).verify().intact()).isTrue();
  }

  private List<Long> seqs(String group) {
    return db.jdbc()
        .sql("SELECT seq FROM audit_event WHERE chain_key LIKE ? || ':%' ORDER BY seq")
        .param(group)
        .query(Long.class)
        .list();
  }

  private String chainOf(String group) {
    return db.jdbc()
        .sql("SELECT DISTINCT chain_key FROM audit_event WHERE chain_key LIKE ? || ':%'")
        .param(group)
        .query(String.class)
        .single();
  }
}
