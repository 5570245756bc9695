package no.followup.registry.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
  private final RateBuckets buckets;

  SiteRateLimitFilter(RequestLimits limits, JsonMapper json) {
    this.limits = limits;
    this.json = json;
    this.buckets = new RateBuckets(limits.requestsPerSecondPerSite(), limits.burst());
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
      long waitNanos = buckets.take(caller, 1);
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
}
