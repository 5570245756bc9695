package no.followup.registry.api.shared;

import no.followup.registry.api.problem.PreconditionException;
import no.followup.registry.domain.shared.Violation;
import org.springframework.http.HttpStatus;

/** Strong ETags from record versions: version 3 is {@code "3"}. */
public final class ETags {

  private ETags() {}

  public static String of(int version) {
    return "\"" + version + "\"";
  }

  /** The version an If-Match header names; a missing header is 428, one naming no version 412. */
  public static int versionIn(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionException(
          HttpStatus.PRECONDITION_REQUIRED,
          Violation.rejection(
              "If-Match",
              "required",
              "a correction needs If-Match with the ETag of the version it corrects"));
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    try {
      return Integer.parseInt(tag.replace("\"", ""));
    } catch (NumberFormatException e) {
      // A tag this API never gave matches no version: RFC 9110 makes that 412, not 400.
      throw new PreconditionException(
          HttpStatus.PRECONDITION_FAILED,
          Violation.rejection(
              "If-Match",
              "stale-version",
              "If-Match names no version of this record; read it again"));
    }
  }
}
