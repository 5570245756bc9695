package no.followup.registry.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.followup.registry.api.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose declared body is larger than the limit before anything reads it (413
 * problem+json), so one oversized upload cannot tie up memory or a worker.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

  private final RequestLimits limits;
  private final JsonMapper json;

  BodySizeLimitFilter(RequestLimits limits, JsonMapper json) {
    this.limits = limits;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limits.maxBodyBytes()) {
      ProblemSecurityHandlers.write(
          json,
          response,
          Problems.of(
              HttpStatus.CONTENT_TOO_LARGE,
              "body-too-large",
              "Request body too large",
              "the body is larger than " + limits.maxBodyBytes() + " bytes; split the submission"));
      return;
    }
    chain.doFilter(request, response);
  }
}
