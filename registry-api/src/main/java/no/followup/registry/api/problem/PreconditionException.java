package no.followup.registry.api.problem;

import no.followup.registry.domain.shared.Violation;
import org.springframework.http.HttpStatus;

/**
 * A request header or parameter the API requires is missing or wrong (Idempotency-Key, If-Match,
 * …).
 */
public class PreconditionException extends RuntimeException {

  private final HttpStatus status;
  private final transient Violation violation;

  public PreconditionException(HttpStatus status, Violation violation) {
    super(violation.message());
    this.status = status;
    this.violation = violation;
  }

  public HttpStatus status() {
    return status;
  }

  public Violation violation() {
    return violation;
  }
}
