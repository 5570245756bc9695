package no.followup.registry.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import no.followup.registry.api.problem.Problems;
import no.followup.registry.domain.site.Site;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.site.Sites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A site role is only as good as its site: a token with site roles and no {@code site} claim,
 * several, or one the registry does not know is refused (403 problem+json) on every path, before
 * any query could take "no site" for "every site". Mis-provisioned accounts are logged for the
 * operator.
 */
final class SiteClaimFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SiteClaimFilter.class);
  private static final Set<String> SITE_ROLES = Set.of("ROLE_SITE_STAFF", "ROLE_SITE_LEAD");
  private static final Duration SITES_KEPT = Duration.ofMinutes(5);

  private final Sites sites;
  private final JsonMapper json;
  private volatile Set<SiteCode> known = Set.of();
  private volatile long knownUntil;

  SiteClaimFilter(Sites sites, JsonMapper json) {
    this.sites = sites;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SecurityContextHolder.getContext().getAuthentication()
            instanceof JwtAuthenticationToken token
        && hasSiteRole(token)
        && !isKnown(SiteClaim.single(token.getToken()).orElse(null))) {
      log.warn("refused {}: site roles without one known site claim", token.getName());
      ProblemSecurityHandlers.write(
          json,
          response,
          Problems.of(
              HttpStatus.FORBIDDEN,
              "no-site",
              "Forbidden",
              "your account has a site role but not exactly one known site; ask the registry's"
                  + " administrator to set your site"));
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean hasSiteRole(JwtAuthenticationToken token) {
    return token.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(SITE_ROLES::contains);
  }

  private boolean isKnown(String code) {
    if (code == null) {
      return false;
    }
    try {
      return knownSites().contains(SiteCode.of(code));
    } catch (IllegalArgumentException notACode) {
      return false;
    }
  }

  /** Sites change seldom: read again every few minutes, so a new site needs no restart. */
  private Set<SiteCode> knownSites() {
    long now = System.nanoTime();
    if (known.isEmpty() || now - knownUntil > 0) {
      known = sites.all().stream().map(Site::code).collect(Collectors.toUnmodifiableSet());
      knownUntil = now + SITES_KEPT.toNanos();
    }
    return known;
  }
}
