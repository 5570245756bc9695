package no.followup.registry.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A token bucket per site (per user for national roles), checked after authentication: a site
 * sending more than its share gets 429 problem+json with {@code Retry-After}, and every other site
 * goes on as before. Per API instance; with several instances each enforces its own share.
 */
final class SiteRateLimitFilter extends OncePerRequestFilter {

  private final RequestLimits limits;
  private final JsonMapper json;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  SiteRateLimitFilter(RequestLimits limits, JsonMapper json) {
    this.limits = limits;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return limits.requestsPerSecondPerSite() <= 0;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof JwtAuthenticationToken token) {
      String site = SiteClaim.single(token.getToken()).orElse(null);
      String caller = site != null ? "site:" + site : "user:" + token.getName();
      long waitNanos =
          buckets
              .computeIfAbsent(
                  caller,
                  c ->
                      new TokenBucket(
                          limits.requestsPerSecondPerSite(), Math.max(1, limits.burst())))
              .tryTake(System.nanoTime());
      if (waitNanos > 0) {
        ProblemSecurityHandlers.tooManyRequests(
            json,
            response,
            waitNanos,
            "more than "
                + limits.requestsPerSecondPerSite()
                + " requests per second from one site; retry after the time in Retry-After");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** Tokens refill at a steady rate up to the burst; each request takes one. */
  static final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last;

    TokenBucket(int perSecond, int capacity) {
      this.perNano = perSecond / 1e9;
      this.capacity = capacity;
      this.tokens = capacity;
      this.last = System.nanoTime();
    }

    /** Whole seconds to wait, at least one: what {@code Retry-After} says. */
    static long seconds(long waitNanos) {
      return Math.max(1, (waitNanos + 999_999_999) / 1_000_000_000);
    }

    /** 0 when a token was taken, else the nanoseconds until one is there. */
    long tryTake(long now) {
      return tryTake(now, 1);
    }

    /** 0 when {@code count} tokens were taken, else the nanoseconds until they are there. */
    synchronized long tryTake(long now, int count) {
      tokens = Math.min(capacity, tokens + (now - last) * perNano);
      last = now;
      if (tokens >= count) {
        tokens -= count;
        return 0;
      }
      // More than the bucket holds never fits: the burst must hold the largest request.
      return (long) Math.max(1, Math.ceil((count - tokens) / perNano));
    }
  }
}
