package no.followup.registry.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * One Bucket4j token bucket per caller (a site, a user, a client address), refilled steadily up to
 * its burst. Buckets of callers gone quiet are dropped after ten minutes, and there are never more
 * than {@link #MAX_CALLERS}: addresses or users cannot make the map grow without bound. Per API
 * instance.
 */
final class RateBuckets {

  static final int MAX_CALLERS = 100_000;

  /** A Retry-After never says more than an hour, even for a request no bucket can ever hold. */
  private static final long LONGEST_WAIT_NANOS = Duration.ofHours(1).toNanos();

  private final int perSecond;
  private final int burst;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder()
          .expireAfterAccess(Duration.ofMinutes(10))
          .maximumSize(MAX_CALLERS)
          .build();

  RateBuckets(int perSecond, int burst) {
    this.perSecond = perSecond;
    this.burst = Math.max(1, burst);
  }

  /** 0 when {@code tokens} were taken from the caller's bucket, else the nanoseconds to wait. */
  long take(String caller, int tokens) {
    ConsumptionProbe probe =
        buckets.get(caller, c -> newBucket()).tryConsumeAndReturnRemaining(tokens);
    return probe.isConsumed()
        ? 0
        : Math.min(LONGEST_WAIT_NANOS, Math.max(1, probe.getNanosToWaitForRefill()));
  }

  /** Whole seconds to wait, at least one: what {@code Retry-After} says. */
  static long seconds(long waitNanos) {
    return Math.max(1, (waitNanos + 999_999_999) / 1_000_000_000);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
        .build();
  }
}
