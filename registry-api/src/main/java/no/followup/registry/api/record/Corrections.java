package no.followup.registry.api.record;

import no.followup.registry.api.problem.PreconditionException;
import no.followup.registry.domain.shared.Violation;
import org.springframework.http.HttpStatus;

/** A correction without a reason is a malformed request (400): the audit trail needs the why. */
final class Corrections {

  private Corrections() {}

  static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new PreconditionException(
          HttpStatus.BAD_REQUEST,
          Violation.rejection("reason", "required", "a correction needs a reason"));
    }
  }
}
