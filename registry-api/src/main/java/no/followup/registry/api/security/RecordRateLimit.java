package no.followup.registry.api.security;

import no.followup.registry.application.access.Actor;
import org.springframework.stereotype.Component;

/**
 * Counts work, not requests: a bulk submission takes one token per record from its site's bucket
 * ({@code registry.limits.records-per-second-per-site}, with a burst that holds one full
 * submission), so a site sending 10,000-record submissions back to back is slowed like one sending
 * 10,000 single records. Per API instance, like the request limit.
 */
@Component
public class RecordRateLimit {

  private final RequestLimits limits;
  private final RateBuckets buckets;

  RecordRateLimit(RequestLimits limits) {
    this.limits = limits;
    this.buckets = new RateBuckets(limits.recordsPerSecondPerSite(), limits.recordsBurst());
  }

  /**
   * Takes {@code records} tokens from the actor's site, or refuses the whole submission.
   *
   * @throws RateLimitedException naming when to retry, when the site has sent more than its share
   */
  public void take(Actor actor, int records) {
    if (limits.recordsPerSecondPerSite() <= 0) {
      return;
    }
    long waitNanos = buckets.take(actor.scope(), records);
    if (waitNanos > 0) {
      throw new RateLimitedException(
          RateBuckets.seconds(waitNanos),
          "more than "
              + limits.recordsPerSecondPerSite()
              + " records per second from one site; retry after the time in Retry-After");
    }
  }
}
