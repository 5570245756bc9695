package no.followup.registry.api.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import no.followup.registry.api.operations.RequestId;
import no.followup.registry.domain.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds the registry's problem details: {@code type} is {@code
 * urn:followup-registry:problem:<code>}; {@code requestId} finds the request in the logs.
 */
public final class Problems {

  public static final String TYPE_PREFIX = "urn:followup-registry:problem:";

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + code));
    problem.setTitle(title);
    problem.setProperty("code", code);
    String requestId = RequestId.current();
    if (requestId != null) {
      problem.setProperty(RequestId.LOG_KEY, requestId);
    }
    return problem;
  }

  /** A validation problem listing every field error (and any warnings) of the request. */
  public static ProblemDetail validation(
      HttpStatus status, String detail, List<Violation> violations) {
    ProblemDetail problem =
        of(status, "validation", "The request breaks the registry's rules", detail);
    problem.setProperty(
        "errors", violations.stream().filter(Violation::rejects).map(Problems::field).toList());
    List<Map<String, String>> warnings =
        violations.stream().filter(v -> !v.rejects()).map(Problems::field).toList();
    if (!warnings.isEmpty()) {
      problem.setProperty("warnings", warnings);
    }
    return problem;
  }

  public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static Map<String, String> field(Violation v) {
    return Map.of("field", v.field(), "rule", v.rule(), "message", v.message());
  }
}
