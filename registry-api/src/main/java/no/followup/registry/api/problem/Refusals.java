package no.followup.registry.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import no.followup.registry.api.security.SiteClaim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every 403 and 404 an authenticated caller meets goes to the log with who asked and which endpoint
 * (its pattern, never the ids in the path), so an operator can see one site probing another's
 * objects. Not audited: the audit trail is for data that was read or changed.
 */
final class Refusals {

  private static final Logger log = LoggerFactory.getLogger(Refusals.class);

  private Refusals() {}

  static void log(HttpServletRequest request, int status, String what) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof JwtAuthenticationToken token)) {
      return;
    }
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    log.warn(
        "refused {}: actor={} site={} {} {} ({})",
        status,
        token.getName(),
        SiteClaim.single(token.getToken()).orElse("-"),
        request.getMethod(),
        pattern == null ? "(no endpoint)" : pattern,
        what);
  }
}
