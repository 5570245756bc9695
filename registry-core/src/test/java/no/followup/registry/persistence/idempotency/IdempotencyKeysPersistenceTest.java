package no.followup.registry.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.followup.registry.application.idempotency.IdempotencyException;
import no.followup.registry.application.idempotency.IdempotencyKeys.Claim;
import no.followup.registry.application.idempotency.StoredResponse;
import no.followup.registry.persistence.Database;
import no.followup.registry.persistence.Latches;
import org.junit.jupiter.api.Test;

class IdempotencyKeysPersistenceTest {

  private static final Database DB = Database.migrated();
  private final JdbcIdempotencyKeys keys = new JdbcIdempotencyKeys(DB.jdbc());
  private final StoredResponse created =
      new StoredResponse(201, "/api/v1/participants/1", "\"1\"", "{}");

  @Test
  void a_stored_key_answers_with_its_request_hash_and_response_in_its_scope_only() {
    String key = UUID.randomUUID().toString();
    keys.store("OUS", key, new byte[] {1, 2}, created);

    assertThat(keys.claim("OUS", key))
        .isInstanceOfSatisfying(
            Claim.Answered.class,
            answered -> {
              assertThat(answered.requestHash()).containsExactly(1, 2);
              assertThat(answered.response()).isEqualTo(created);
            });
    assertThat(keys.claim("HUS", key)).isInstanceOf(Claim.Free.class);
  }

  @Test
  void a_live_key_is_never_overwritten() {
    String key = UUID.randomUUID().toString();
    keys.store("OUS", key, new byte[] {1}, created);

    assertThatThrownBy(() -> keys.store("OUS", key, new byte[] {2}, created))
        .isInstanceOf(IdempotencyException.class);
    assertThat(((Claim.Answered) keys.claim("OUS", key)).requestHash()).containsExactly(1);
  }

  @Test
  void a_key_past_its_30_days_is_forgotten_and_may_be_used_again() {
    String key = UUID.randomUUID().toString();
    keys.store("OUS", key, new byte[] {1}, created);
    DB.jdbc()
        .sql(
            "UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE idempotency_key = ?")
        .param(key)
        .update();

    assertThat(keys.claim("OUS", key)).isInstanceOf(Claim.Free.class);
    keys.store("OUS", key, new byte[] {3}, created);
    assertThat(((Claim.Answered) keys.claim("OUS", key)).requestHash()).containsExactly(3);
  }

  @Test
  void a_key_is_busy_while_its_first_request_runs_and_answers_its_response_once_committed()
      throws Exception {
    String key = UUID.randomUUID().toString();
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch checked = new CountDownLatch(1);
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                DB.inTransaction()
                    .executeWithoutResult(
                        status -> {
                          assertThat(keys.claim("OUS", key)).isInstanceOf(Claim.Free.class);
                          keys.store("OUS", key, new byte[] {7}, created);
                          claimed.countDown();
                          Latches.await(checked);
                        }));
    Latches.await(claimed);

    Claim whileRunning = DB.inTransaction().execute(status -> keys.claim("OUS", key));
    checked.countDown();
    first.get(10, TimeUnit.SECONDS);
    Claim afterCommit = DB.inTransaction().execute(status -> keys.claim("OUS", key));

    assertThat(whileRunning).isInstanceOf(Claim.Busy.class);
    assertThat(afterCommit)
        .isInstanceOfSatisfying(
            Claim.Answered.class, answered -> assertThat(answered.response()).isEqualTo(created));
  }
}
