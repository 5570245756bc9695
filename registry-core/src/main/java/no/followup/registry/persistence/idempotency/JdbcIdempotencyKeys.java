package no.followup.registry.persistence.idempotency;

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
  public Claim claim(String scope, String key) {
    // One round trip: the function takes the lock, then reads the key in a snapshot taken after it.
    return jdbc.sql("SELECT * FROM idempotency_claim(?, ?)")
        .params(scope, key)
        .query(
            (rs, row) -> {
              if (!rs.getBoolean("claimed")) {
                return new Claim.Busy();
              }
              byte[] requestHash = rs.getBytes("stored_hash");
              return requestHash == null
                  ? new Claim.Free()
                  : new Claim.Answered(
                      requestHash,
                      new StoredResponse(
                          rs.getInt("stored_status"),
                          rs.getString("stored_location"),
                          rs.getString("stored_etag"),
                          rs.getString("stored_body")));
            })
        .single();
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
