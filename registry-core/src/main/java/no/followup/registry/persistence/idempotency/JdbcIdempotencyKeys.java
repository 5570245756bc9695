package no.followup.registry.persistence.idempotency;

import java.util.Optional;
import no.followup.registry.application.idempotency.IdempotencyException;
import no.followup.registry.application.idempotency.IdempotencyKeys;
import no.followup.registry.application.idempotency.StoredResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIdempotencyKeys implements IdempotencyKeys {

  private final JdbcClient jdbc;

  JdbcIdempotencyKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean tryLock(String scope, String key) {
    // A 64-bit hash of scope and key; a collision only makes an unrelated request wait for a retry.
    return jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(? || chr(31) || ?, 0))")
        .params(scope, key)
        .query(Boolean.class)
        .single();
  }

  @Override
  public Optional<Stored> find(String scope, String key) {
    return jdbc.sql(
            """
            SELECT request_hash, response_status, response_location, response_etag, response_body
            FROM idempotency_key WHERE scope = ? AND idempotency_key = ? AND expires_at > now()
            """)
        .params(scope, key)
        .query(
            (rs, row) ->
                new Stored(
                    rs.getBytes("request_hash"),
                    new StoredResponse(
                        rs.getInt("response_status"),
                        rs.getString("response_location"),
                        rs.getString("response_etag"),
                        rs.getString("response_body"))))
        .optional();
  }

  @Override
  public void store(String scope, String key, byte[] requestHash, StoredResponse response) {
    // An expired key is replaced: after its 30 days the key may be used afresh. A live one is never
    // overwritten: should two writers ever get here with one key, the second one's transaction
    // fails.
    int stored =
        jdbc.sql(
                """
            INSERT INTO idempotency_key (scope, idempotency_key, request_hash, response_status, response_location,
                                         response_etag, response_body)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (scope, idempotency_key) DO UPDATE
               SET request_hash = EXCLUDED.request_hash, response_status = EXCLUDED.response_status,
                   response_location = EXCLUDED.response_location, response_etag = EXCLUDED.response_etag,
                   response_body = EXCLUDED.response_body, created_at = now(), expires_at = now() + interval '30 days'
               WHERE idempotency_key.expires_at <= now()
            """)
            .params(
                scope,
                key,
                requestHash,
                response.status(),
                response.location(),
                response.etag(),
                response.body())
            .update();
    if (stored != 1) {
      throw new IdempotencyException(
          IdempotencyException.Reason.IN_PROGRESS,
          "another request with this Idempotency-Key completed first");
    }
  }

  @Override
  public int deleteExpired() {
    return jdbc.sql("DELETE FROM idempotency_key WHERE expires_at <= now()").update();
  }
}
