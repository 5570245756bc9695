package no.followup.registry.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import no.followup.registry.application.idempotency.IdempotencyException;
import no.followup.registry.application.idempotency.StoredResponse;
import no.followup.registry.persistence.Database;
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

    assertThat(keys.find("OUS", key))
        .hasValueSatisfying(stored -> assertThat(stored.response()).isEqualTo(created));
    assertThat(keys.find("HUS", key)).isEmpty();
  }

  @Test
  void a_live_key_is_never_overwritten() {
    String key = UUID.randomUUID().toString();
    keys.store("OUS", key, new byte[] {1}, created);

    assertThatThrownBy(() -> keys.store("OUS", key, new byte[] {2}, created))
        .isInstanceOf(IdempotencyException.class);
    assertThat(keys.find("OUS", key).orElseThrow().requestHash()).containsExactly(1);
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

    assertThat(keys.find("OUS", key)).isEmpty();
    keys.store("OUS", key, new byte[] {3}, created);
    assertThat(keys.find("OUS", key).orElseThrow().requestHash()).containsExactly(3);
  }
}
