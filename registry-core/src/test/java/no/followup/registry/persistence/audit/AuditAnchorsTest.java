package no.followup.registry.persistence.audit;

import static no.followup.registry.persistence.audit.AuditEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.followup.registry.application.audit.AuditAnchors;
import no.followup.registry.application.audit.AuditChainVerification;
import no.followup.registry.application.audit.AuditEntry;
import no.followup.registry.application.audit.AuditField;
import no.followup.registry.application.audit.AuditHash;
import no.followup.registry.application.audit.AuditRecord;
import no.followup.registry.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database's owner can rewrite an audit row and recompute every hash after it and the chain's
 * head: the chains then verify. The anchors, signed with a key the database never sees and kept
 * outside it, still catch it.
 */
class AuditAnchorsTest {

  private static final byte[] KEY =
      "audit anchor key of the tests, 32 bytes or more".getBytes(StandardCharsets.UTF_8);

  private final Database db = Database.migrated();
  private final JdbcAuditTrail trail =
      new JdbcAuditTrail(db.jdbc(), db.template(), db.transactions());

  @TempDir Path directory;

  @Test
  void an_untouched_trail_matches_its_anchor_and_rows_added_since_do_not_matter() {
    FileAnchorLog log = new FileAnchorLog(directory.resolve("anchors.jsonl").toString());
    AuditAnchors anchors = new AuditAnchors(trail, log, KEY);
    assertThat(anchors.checkLatest().anchoredAt()).isEmpty();

    trail.append(List.of(entry("OUS", "CREATE"), entry("OUS", "CREATE"), entry("HUS", "CREATE")));
    AuditAnchors.Anchor anchor = anchors.anchor(Instant.parse("2026-12-01T01:00:00Z"));
    trail.append(List.of(entry("OUS", "CREATE")));

    assertThat(anchor.heads()).extracting(AuditAnchors.Head::seq).containsExactly(1L, 2L);
    AuditAnchors.Check check = anchors.checkLatest();
    assertThat(check.intact()).isTrue();
    assertThat(check.anchoredAt()).contains(Instant.parse("2026-12-01T01:00:00Z"));
  }

  @Test
  void an_owner_who_rewrites_a_row_and_recomputes_every_hash_is_still_caught() throws Exception {
    FileAnchorLog log = new FileAnchorLog(directory.resolve("anchors.jsonl").toString());
    AuditAnchors anchors = new AuditAnchors(trail, log, KEY);
    trail.append(List.of(entry("SUS", "CREATE"), entry("SUS", "CREATE"), entry("SUS", "CREATE")));
    anchors.anchor(Instant.now());
    String chain = chainOf("SUS");

    rewriteAndRechain(chain, 2, "{\"doseMgPerKg\":0.5}");

    assertThat(new AuditChainVerification(trail).verify().intact())
        .as("the rewrite is invisible to the chains alone")
        .isTrue();
    AuditAnchors.Check check = anchors.checkLatest();
    assertThat(check.intact()).isFalse();
    assertThat(check.broken().orElseThrow().chainKey()).isEqualTo(chain);
    assertThat(check.broken().orElseThrow().seq()).isEqualTo(3);
    assertThat(Files.readAllLines(directory.resolve("anchors.jsonl"))).hasSize(1);
  }

  @Test
  void an_anchor_altered_to_match_the_rewrite_fails_its_signature() throws Exception {
    Path file = directory.resolve("anchors.jsonl");
    AuditAnchors anchors = new AuditAnchors(trail, new FileAnchorLog(file.toString()), KEY);
    trail.append(List.of(entry("UNN", "CREATE")));
    anchors.anchor(Instant.now());

    // Someone who can write the file but has not the key signs a new anchor with another key.
    new AuditAnchors(trail, new FileAnchorLog(file.toString()), new byte[32]).anchor(Instant.now());

    AuditAnchors.Check check = anchors.checkLatest();
    assertThat(check.intact()).isFalse();
    assertThat(check.broken().orElseThrow().problem())
        .isEqualTo("the anchor's signature does not match");
  }

  private static AuditEntry withNewValue(AuditEntry entry, String newValue) {
    Object[] values = Arrays.stream(AuditField.values()).map(f -> f.of(entry)).toArray();
    values[AuditField.NEW_VALUE.ordinal()] = newValue;
    return AuditField.entry(values);
  }

  /** What the database's owner can do: alter a row, then rebuild the chain from there on. */
  private void rewriteAndRechain(String chain, long from, String newValue) {
    List<AuditRecord> rows = new ArrayList<>();
    trail.forEachInChain(chain, rows::add);
    db.jdbc()
        .sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete")
        .update();
    byte[] previous = rows.get((int) from - 2).hash();
    for (AuditRecord row : rows.subList((int) from - 1, rows.size())) {
      AuditEntry entry = row.seq() == from ? withNewValue(row.entry(), newValue) : row.entry();
      byte[] hash = AuditHash.of(previous, chain, row.seq(), entry);
      db.jdbc()
          .sql(
              "UPDATE audit_event SET new_value = ?, prev_hash = ?, hash = ? WHERE chain_key = ? AND seq = ?")
          .params(entry.newValue(), previous, hash, chain, row.seq())
          .update();
      previous = hash;
    }
    db.jdbc()
        .sql("UPDATE audit_chain SET last_hash = ? WHERE chain_key = ?")
        .params(previous, chain)
        .update();
    db.jdbc()
        .sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete")
        .update();
  }

  private String chainOf(String site) {
    return db.jdbc()
        .sql("SELECT DISTINCT chain_key FROM audit_event WHERE chain_key LIKE ?")
        .param(site + ":%")
        .query(String.class)
        .single();
  }
}
