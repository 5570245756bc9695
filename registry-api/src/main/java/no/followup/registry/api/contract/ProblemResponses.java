package no.followup.registry.api.contract;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.followup.registry.api.problem.Problems;

/**
 * The RFC 9457 problem+json answers as the contract describes them: one schema, one named response
 * per status with an example, and {@code Retry-After} where the caller should wait.
 */
final class ProblemResponses {

  static final String PROBLEM_JSON = "application/problem+json";

  /** Status, response name, example code, title, detail, and an example field error or none. */
  private record Kind(
      int status, String name, String code, String title, String detail, String[] error) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              400,
              "BadRequest",
              "validation",
              "The request breaks the registry's rules",
              "The body is not valid JSON for this request.",
              new String[] {"date", "format", "date must be a date (YYYY-MM-DD)"}),
          new Kind(
              401,
              "Unauthorized",
              "unauthorized",
              "Unauthorized",
              "a valid bearer token from the registry's Keycloak is required",
              null),
          new Kind(
              403,
              "Forbidden",
              "forbidden",
              "Forbidden",
              "your role does not allow this request",
              null),
          new Kind(
              404,
              "NotFound",
              "not-found",
              "Not found",
              "participant not found (or not at your site)",
              null),
          new Kind(
              409,
              "Conflict",
              "idempotency-in-progress",
              "Request still running",
              "a request with this Idempotency-Key is still running; retry later",
              null),
          new Kind(
              412,
              "PreconditionFailed",
              "stale-version",
              "The record has changed",
              "the record was corrected meanwhile; read it again and correct that version",
              null),
          new Kind(
              413,
              "ContentTooLarge",
              "body-too-large",
              "Request body too large",
              "the body is larger than 10485760 bytes; split the submission",
              null),
          new Kind(
              415,
              "UnsupportedMediaType",
              "unsupported-media-type",
              "Unsupported Media Type",
              "Content-Type 'text/plain' is not supported.",
              null),
          new Kind(
              422,
              "UnprocessableContent",
              "validation",
              "The request breaks the registry's rules",
              "The record breaks 1 rule(s); nothing was stored.",
              new String[] {
                "vitals.spo2Min", "range", "vitals.spo2Min must be between 50 and 100"
              }),
          new Kind(
              428,
              "PreconditionRequired",
              "validation",
              "The request breaks the registry's rules",
              "a correction needs If-Match with the ETag of the version it corrects",
              new String[] {
                "If-Match", "required", "a correction needs If-Match with the ETag of the version"
              }),
          new Kind(
              429,
              "TooManyRequests",
              "rate-limited",
              "Too many requests",
              "too many records from your site this minute; retry after the given seconds",
              null),
          new Kind(
              503,
              "ServiceUnavailable",
              "unavailable",
              "Service unavailable",
              "the registry cannot reach its database; retry with the same Idempotency-Key",
              null));

  private ProblemResponses() {}

  /** A reference to the named response of a status. */
  static ApiResponse reference(int status) {
    return new ApiResponse().$ref("#/components/responses/" + kind(status).name());
  }

  /** Adds the problem schema, its field error and one response per status to the components. */
  static void addTo(Components components) {
    components.addSchemas("FieldError", fieldError());
    components.addSchemas("Problem", problem());
    for (Kind kind : KINDS) {
      components.addResponses(kind.name(), response(kind));
    }
  }

  private static Kind kind(int status) {
    return KINDS.stream()
        .filter(k -> k.status() == status)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no problem response for " + status));
  }

  private static ApiResponse response(Kind kind) {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", Problems.TYPE_PREFIX + kind.code());
    example.put("title", kind.title());
    example.put("status", kind.status());
    example.put("detail", kind.detail());
    example.put("code", kind.code());
    if (kind.error() != null) {
      example.put(
          "errors",
          List.of(
              Map.of(
                  "field", kind.error()[0], "rule", kind.error()[1], "message", kind.error()[2])));
    }
    ApiResponse response =
        new ApiResponse()
            .description(kind.title() + " (problem+json; `code` says which rule or state)")
            .content(
                new Content()
                    .addMediaType(
                        PROBLEM_JSON,
                        new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                            .example(example)));
    if (kind.status() == 429 || kind.status() == 503) {
      response.addHeaderObject(
          "Retry-After",
          new Header()
              .description("Seconds to wait before trying again.")
              .schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)));
    }
    return response;
  }

  private static Schema<?> problem() {
    return new ObjectSchema()
        .description(
            "An RFC 9457 problem. `type` is urn:followup-registry:problem:<code>; `errors` names"
                + " each field and rule a request broke (nothing of it was stored).")
        .addProperty("type", new StringSchema().format("uri"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema().minimum(new java.math.BigDecimal(400)))
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema().format("uri-reference"))
        .addProperty("code", new StringSchema().description("Stable; clients branch on it."))
        .addProperty(
            "requestId",
            new StringSchema()
                .format("uuid")
                .description(
                    "This request's id in the registry's logs (also the X-Request-Id header):"
                        + " quote it when reporting the error."))
        .addProperty("errors", fieldErrors("Each rule the request broke."))
        .addProperty(
            "warnings", fieldErrors("Protocol warnings of a record that was also refused."))
        .addProperty(
            "receipt",
            new Schema<>()
                .$ref("#/components/schemas/Receipt")
                .description("The receipt of a refused all-or-nothing submission."))
        .required(List.of("type", "title", "status"));
  }

  private static Schema<?> fieldErrors(String description) {
    return new ArraySchema()
        .items(new Schema<>().$ref("#/components/schemas/FieldError"))
        .description(description);
  }

  private static Schema<?> fieldError() {
    return new ObjectSchema()
        .description("One rule a field broke.")
        .addProperty(
            "field", new StringSchema().description("JSON path of the field, e.g. vitals.spo2Min"))
        .addProperty("rule", new StringSchema().description("The rule's code, e.g. range"))
        .addProperty("message", new StringSchema().description("The rule in words"))
        .required(List.of("field", "rule", "message"));
  }
}
