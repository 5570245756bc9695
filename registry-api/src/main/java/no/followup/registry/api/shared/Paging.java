package no.followup.registry.api.shared;

import no.followup.registry.api.problem.PreconditionException;
import no.followup.registry.domain.shared.Violation;
import org.springframework.http.HttpStatus;

/** The {@code ?page=&size=} of a list request, checked: page from 0, size 1 to 200. */
public record Paging(int page, int size) {

  public static final int MAX_SIZE = 200;

  public static Paging of(int page, int size) {
    if (page < 0) {
      throw new PreconditionException(
          HttpStatus.BAD_REQUEST, Violation.rejection("page", "range", "page must be 0 or more"));
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new PreconditionException(
          HttpStatus.BAD_REQUEST,
          Violation.rejection("size", "range", "size must be between 1 and " + MAX_SIZE));
    }
    return new Paging(page, size);
  }
}
