package no.followup.registry.api.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers without a valid token are limited per client address: past the limit a caller trying
 * tokens gets 429 instead of 401. Per API instance; addresses are those the connection (or, behind
 * a proxy with forwarded headers on, the proxy) gives. The map is cleared when it grows large, so
 * many addresses cannot make it grow without bound.
 */
final class UnauthenticatedLimit {

  private static final int MAX_ADDRESSES = 10_000;

  private final RequestLimits limits;
  private final Map<String, SiteRateLimitFilter.TokenBucket> buckets = new ConcurrentHashMap<>();

  UnauthenticatedLimit(RequestLimits limits) {
    this.limits = limits;
  }

  /** 0 when the address may be told 401 once more, else the nanoseconds until it may. */
  long take(String address) {
    if (limits.unauthenticatedPerSecond() <= 0) {
      return 0;
    }
    if (buckets.size() > MAX_ADDRESSES) {
      buckets.clear();
    }
    return buckets
        .computeIfAbsent(
            address,
            a ->
                new SiteRateLimitFilter.TokenBucket(
                    limits.unauthenticatedPerSecond(), 2 * limits.unauthenticatedPerSecond()))
        .tryTake(System.nanoTime());
  }
}
