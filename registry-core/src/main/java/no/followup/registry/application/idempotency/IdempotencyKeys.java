package no.followup.registry.application.idempotency;

/** Stored idempotency keys with the responses they answered. */
public interface IdempotencyKeys {

  /**
   * Takes the key's lock for the rest of the transaction without waiting and, holding it, looks up
   * what the key answered before.
   */
  Claim claim(String scope, String key);

  void store(String scope, String key, byte[] requestHash, StoredResponse response);

  /** Deletes the keys whose 30 days are over; answers how many. */
  int deleteExpired();

  /** What a request finds when it claims its key. */
  sealed interface Claim {

    /** Another transaction holds the key: the first request is still running. */
    record Busy() implements Claim {}

    /** The key is this transaction's and has answered nothing yet. */
    record Free() implements Claim {}

    /** The key is this transaction's; it answered this request hash with this response. */
    record Answered(byte[] requestHash, StoredResponse response) implements Claim {}
  }
}
