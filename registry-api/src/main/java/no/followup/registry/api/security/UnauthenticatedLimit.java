package no.followup.registry.api.security;

/**
 * Answers without a valid token are limited per client address: past the limit a caller trying
 * tokens gets 429 instead of 401. Per API instance; addresses are those the connection (or, behind
 * a proxy with forwarded headers on, the proxy) gives.
 */
final class UnauthenticatedLimit {

  private final RequestLimits limits;
  private final RateBuckets buckets;

  UnauthenticatedLimit(RequestLimits limits) {
    this.limits = limits;
    this.buckets =
        new RateBuckets(limits.unauthenticatedPerSecond(), 2 * limits.unauthenticatedPerSecond());
  }

  /** 0 when the address may be told 401 once more, else the nanoseconds until it may. */
  long take(String address) {
    if (limits.unauthenticatedPerSecond() <= 0) {
      return 0;
    }
    return buckets.take(address, 1);
  }
}
