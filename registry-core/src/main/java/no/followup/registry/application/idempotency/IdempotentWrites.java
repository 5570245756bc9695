package no.followup.registry.application.idempotency;

import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write at most once per key and scope (a site, or the national scope).
 *
 * <p>One transaction holds it all: a transaction-scoped lock on the key (a concurrent retry is
 * turned away at once), the look-up of a stored response, the write, and the storing of its
 * response. A crash before commit leaves nothing behind, so the retry simply runs the write.
 */
@Service
public class IdempotentWrites {

  private final IdempotencyKeys keys;
  private final TransactionTemplate transaction;

  public IdempotentWrites(IdempotencyKeys keys, PlatformTransactionManager transactions) {
    this.keys = keys;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The outcome: the response, and whether it is a replay of an earlier one. */
  public record Outcome(StoredResponse response, boolean replayed) {}

  public Outcome execute(
      String scope, String key, byte[] requestHash, Supplier<StoredResponse> write) {
    return transaction.execute(
        status -> {
          IdempotencyKeys.Claim claim = keys.claim(scope, key);
          if (claim instanceof IdempotencyKeys.Claim.Busy) {
            throw new IdempotencyException(
                IdempotencyException.Reason.IN_PROGRESS,
                "a request with this Idempotency-Key is still being processed");
          }
          if (claim instanceof IdempotencyKeys.Claim.Answered answered) {
            if (!MessageDigest.isEqual(answered.requestHash(), requestHash)) {
              throw new IdempotencyException(
                  IdempotencyException.Reason.KEY_REUSED,
                  "this Idempotency-Key was used with another request");
            }
            return new Outcome(answered.response(), true);
          }
          StoredResponse response = write.get();
          keys.store(scope, key, requestHash, response);
          return new Outcome(response, false);
        });
  }
}
