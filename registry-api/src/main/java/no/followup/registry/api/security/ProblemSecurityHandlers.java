package no.followup.registry.api.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.followup.registry.api.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as problem+json, like every other error of the API. */
final class ProblemSecurityHandlers {

  private ProblemSecurityHandlers() {}

  static AuthenticationEntryPoint unauthorized(JsonMapper json, UnauthenticatedLimit limit) {
    return (request, response, e) -> {
      long waitNanos = limit.take(request.getRemoteAddr());
      if (waitNanos > 0) {
        tooManyRequests(
            json, response, waitNanos, "too many requests without a valid token from this address");
        return;
      }
      response.setHeader("WWW-Authenticate", "Bearer realm=\"registry\"");
      write(
          json,
          response,
          Problems.of(
              HttpStatus.UNAUTHORIZED,
              "unauthorized",
              "Unauthorized",
              "a valid bearer token from the registry's Keycloak is required"));
    };
  }

  static AccessDeniedHandler forbidden(JsonMapper json) {
    return (request, response, e) ->
        write(
            json,
            response,
            Problems.of(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Forbidden",
                "your role does not allow this request"));
  }

  /** 429 rate-limited with {@code Retry-After}. */
  static void tooManyRequests(
      JsonMapper json, HttpServletResponse response, long waitNanos, String detail)
      throws IOException {
    response.setHeader("Retry-After", Long.toString(RateBuckets.seconds(waitNanos)));
    write(
        json,
        response,
        Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", detail));
  }

  static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
