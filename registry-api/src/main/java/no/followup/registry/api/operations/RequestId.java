package no.followup.registry.api.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, in the {@code X-Request-Id} response header, in every log line of the
 * request (the log context's {@code requestId}, carried onto the jobs it starts) and in its problem
 * answers, so an error a site reports is found in the logs by that id alone. The id is always the
 * registry's own: a caller's correlation id is not taken over, as it could carry a patient's data
 * into the logs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestId extends OncePerRequestFilter {

  public static final String HEADER = "X-Request-Id";

  /** The log context's key, also the problem answers' extension member. */
  public static final String LOG_KEY = "requestId";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = UUID.randomUUID().toString();
    response.setHeader(HEADER, id);
    MDC.put(LOG_KEY, id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(LOG_KEY);
    }
  }

  /** The current request's id, or null outside a request. */
  public static String current() {
    return MDC.get(LOG_KEY);
  }
}
