package no.followup.registry.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.followup.registry.api.security.BodySizeLimitFilter;
import no.followup.registry.api.security.BodyTooLargeException;
import no.followup.registry.api.security.RateLimitedException;
import no.followup.registry.api.shared.ETags;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.StaleVersionException;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.export.TooManyExportsException;
import no.followup.registry.application.idempotency.IdempotencyException;
import no.followup.registry.application.report.JobStartException;
import no.followup.registry.application.report.JobsBusyException;
import no.followup.registry.application.submission.SubmissionRejectedException;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into problem+json; unexpected ones are logged by type only, never by value.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(RecordRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(RecordRejectedException e) {
    return Problems.response(
        Problems.validation(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "The record breaks "
                + e.violations().stream().filter(Violation::rejects).count()
                + " rule(s); nothing was stored.",
            e.violations()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
    Refusals.log(request, 404, e.getMessage());
    return Problems.response(
        Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
    Refusals.log(request, 403, e.getMessage());
    return Problems.response(
        Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage()));
  }

  @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
  ResponseEntity<ProblemDetail> deniedByMethodSecurity(
      org.springframework.security.access.AccessDeniedException e, HttpServletRequest request) {
    Refusals.log(request, 403, "role");
    return Problems.response(
        Problems.of(
            HttpStatus.FORBIDDEN,
            "forbidden",
            "Forbidden",
            "your role does not allow this request"));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    return Problems.response(
        Problems.of(HttpStatus.CONFLICT, e.code(), "Conflict", e.getMessage()));
  }

  @ExceptionHandler(StaleVersionException.class)
  ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.PRECONDITION_FAILED,
            "stale-version",
            "The record has changed",
            e.getMessage());
    return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
        .header(HttpHeaders.ETAG, ETags.of(e.currentVersion()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler(IdempotencyException.class)
  ResponseEntity<ProblemDetail> idempotency(IdempotencyException e) {
    return switch (e.reason()) {
      case IN_PROGRESS ->
          Problems.response(
              Problems.of(
                  HttpStatus.CONFLICT,
                  "idempotency-in-progress",
                  "Request still running",
                  e.getMessage()));
      case KEY_REUSED ->
          Problems.response(
              Problems.of(
                  HttpStatus.UNPROCESSABLE_CONTENT,
                  "idempotency-key-reused",
                  "Idempotency-Key reused",
                  e.getMessage()));
    };
  }

  @ExceptionHandler(PreconditionException.class)
  ResponseEntity<ProblemDetail> precondition(PreconditionException e) {
    return Problems.response(
        Problems.validation(e.status(), e.getMessage(), List.of(e.violation())));
  }

  @ExceptionHandler(SubmissionRejectedException.class)
  ResponseEntity<ProblemDetail> submissionRejected(SubmissionRejectedException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "submission-rejected",
            "Submission rejected",
            e.getMessage());
    problem.setProperty("receipt", e.receipt());
    return Problems.response(problem);
  }

  @ExceptionHandler(JobsBusyException.class)
  ResponseEntity<ProblemDetail> jobsBusy(JobsBusyException e) {
    return retryLater(
        Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "jobs-busy", "Jobs busy", e.getMessage()), 60);
  }

  @ExceptionHandler(RateLimitedException.class)
  ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
    return retryLater(
        Problems.of(
            HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", e.getMessage()),
        e.retryAfterSeconds());
  }

  @ExceptionHandler(TooManyExportsException.class)
  ResponseEntity<ProblemDetail> tooManyExports(TooManyExportsException e) {
    return retryLater(
        Problems.of(
            HttpStatus.TOO_MANY_REQUESTS, "too-many-exports", "Too many exports", e.getMessage()),
        60);
  }

  /** A problem the caller may retry: with {@code Retry-After} in seconds. */
  private static ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem, long seconds) {
    return ResponseEntity.status(problem.getStatus())
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler(JobStartException.class)
  ResponseEntity<ProblemDetail> jobNotStarted(JobStartException e) {
    return Problems.response(
        Problems.of(HttpStatus.CONFLICT, "job-not-started", "Job not started", e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return Problems.response(
        Problems.validation(
            HttpStatus.BAD_REQUEST,
            "A parameter has the wrong type.",
            List.of(
                Violation.rejection(
                    e.getName(),
                    "type",
                    e.getName() + " is not a valid " + simpleType(e.getRequiredType())))));
  }

  /**
   * The database is down or the connection broke: nothing was acknowledged, so the caller can retry
   * with the same Idempotency-Key (a write that did commit is then replayed, never doubled).
   */
  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    TransientDataAccessException.class,
    DataAccessResourceFailureException.class,
    RecoverableDataAccessException.class,
    CannotCreateTransactionException.class,
    TransactionSystemException.class
  })
  ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
    log.warn("database unavailable: {}", e.getClass().getSimpleName());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "5")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "unavailable",
                "Service unavailable",
                "the registry cannot reach its database; retry with the same Idempotency-Key"));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
    // The database's own message can quote values: it is not passed on.
    return Problems.response(
        Problems.of(
            HttpStatus.CONFLICT,
            "conflict",
            "Conflict",
            "the record clashes with one already stored"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error(
        "unexpected {} at {}",
        e.getClass().getName(),
        e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
    return Problems.response(
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal",
            "Internal error",
            "the request failed; nothing was stored"));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return body(
        Problems.validation(
            HttpStatus.BAD_REQUEST,
            "A required parameter is missing.",
            List.of(
                Violation.rejection(
                    e.getParameterName(), "required", e.getParameterName() + " is required"))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException tooLarge) {
        return body(BodySizeLimitFilter.tooLarge(tooLarge.limit()));
      }
    }
    return body(
        Problems.validation(
            HttpStatus.BAD_REQUEST,
            "The body is not valid JSON for this request.",
            List.of(JsonErrors.violation(e))));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(e, body, headers, status, request);
    if (response != null && response.getBody() instanceof ProblemDetail problem) {
      String code = codeOf(status);
      problem.setType(URI.create(Problems.TYPE_PREFIX + code));
      problem.setProperty("code", code);
      if (e instanceof MissingRequestHeaderException missing) {
        problem.setProperty(
            "errors",
            List.of(
                Map.of(
                    "field",
                    missing.getHeaderName(),
                    "rule",
                    "required",
                    "message",
                    missing.getHeaderName() + " header is required")));
      }
    }
    return response == null
        ? null
        : ResponseEntity.status(response.getStatusCode())
            .headers(response.getHeaders())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(response.getBody());
  }

  private static ResponseEntity<Object> body(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String codeOf(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    return known == null
        ? "http-" + status.value()
        : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String simpleType(Class<?> type) {
    return type == null ? "value" : type.getSimpleName();
  }
}
