package no.followup.registry.application.idempotency;

import java.util.Optional;

/** Stored idempotency keys with the responses they answered. */
public interface IdempotencyKeys {

  /**
   * Takes the key's lock for the rest of the transaction without waiting.
   *
   * @return false when another transaction holds it: the first request is still running
   */
  boolean tryLock(String scope, String key);

  Optional<Stored> find(String scope, String key);

  void store(String scope, String key, byte[] requestHash, StoredResponse response);

  /** Deletes the keys whose 30 days are over; answers how many. */
  int deleteExpired();

  /** A key's request hash and response. */
  record Stored(byte[] requestHash, StoredResponse response) {}
}
