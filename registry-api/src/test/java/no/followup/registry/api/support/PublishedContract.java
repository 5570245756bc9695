package no.followup.registry.api.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed OpenAPI document ({@code docs/openapi.json}) as a judge of every exchange the API
 * tests make on an {@code /api/} path: the answer must be one the document describes (status, media
 * type, headers, body schema), and a request the document calls invalid must be refused with a 4xx.
 * Otherwise the test that made it fails.
 */
public final class PublishedContract {

  public static final Path DOCUMENT = Path.of("..", "docs", "openapi.json");

  /** One tally per test JVM (the fuzz corpus runs in its own). */
  private static final Path TALLY =
      Path.of("target", "openapi-validated-" + ProcessHandle.current().pid() + ".txt");

  /** Read at the first check, so that a broken document fails only the tests that need it. */
  private static final class Judge {
    static final OpenApiInteractionValidator VALIDATOR =
        OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT.toUri().toString()).build();
  }

  private static final AtomicInteger VALIDATED = new AtomicInteger();

  private static final Pattern RECORD_INDEX = Pattern.compile("^/(\\d+)");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    Files.writeString(
                        TALLY,
                        VALIDATED.get() + " API responses validated against " + DOCUMENT + "\n");
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }));
  }

  private PublishedContract() {}

  /** One request and its answer, as the test client saw them. */
  record Exchange(
      String method,
      URI uri,
      Map<String, List<String>> requestHeaders,
      String requestBody,
      int status,
      Map<String, List<String>> responseHeaders,
      String responseBody) {}

  /**
   * Fails when the document does not describe the answer, or when the document says the request
   * breaks its rules and the API took it anyway (anything but a 4xx).
   */
  static void check(Exchange exchange) {
    String path = exchange.uri().getPath();
    if (!path.startsWith("/api/")) {
      return;
    }
    Request.Method method = Request.Method.valueOf(exchange.method().toUpperCase(Locale.ROOT));
    ValidationReport answer = Judge.VALIDATOR.validateResponse(path, method, response(exchange));
    if (answer.hasErrors()) {
      fail(
          exchange,
          "answered " + exchange.status() + ", which the document does not describe",
          answer);
    }
    ValidationReport request = Judge.VALIDATOR.validateRequest(request(exchange, method));
    boolean refused = exchange.status() >= 400 && exchange.status() < 500;
    if (request.hasErrors() && !refused && !eachBadRecordRejected(exchange, request)) {
      fail(
          exchange,
          "took a request the document calls invalid (" + exchange.status() + ")",
          request);
    }
    VALIDATED.incrementAndGet();
  }

  /**
   * A bulk body is judged record by record: a record that breaks the document's record schema must
   * be rejected in the receipt, while the submission as a whole stands.
   */
  private static boolean eachBadRecordRejected(Exchange exchange, ValidationReport request) {
    if (!exchange.uri().getPath().equals("/api/v1/submissions")
        || exchange.responseBody() == null) {
      return false;
    }
    JsonNode records = JSON.readTree(exchange.responseBody()).path("records");
    return request.getMessages().stream()
        .allMatch(
            message -> {
              String pointer =
                  message
                      .getContext()
                      .flatMap(ValidationReport.MessageContext::getPointers)
                      .map(ValidationReport.MessageContext.Pointers::getInstance)
                      .orElse("");
              Matcher index = RECORD_INDEX.matcher(pointer);
              return index.lookingAt()
                  && "REJECTED"
                      .equals(
                          records.path(Integer.parseInt(index.group(1))).path("status").asString());
            });
  }

  private static SimpleResponse response(Exchange exchange) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
    exchange.responseHeaders().forEach(response::withHeader);
    if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
      response.withBody(exchange.responseBody());
    }
    return response.build();
  }

  private static SimpleRequest request(Exchange exchange, Request.Method method) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, exchange.uri().getPath());
    exchange.requestHeaders().forEach(request::withHeader);
    String query = exchange.uri().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        String[] nameValue = pair.split("=", 2);
        request.withQueryParam(
            URLDecoder.decode(nameValue[0], UTF_8),
            nameValue.length > 1 ? URLDecoder.decode(nameValue[1], UTF_8) : "");
      }
    }
    if (exchange.requestBody() != null) {
      request.withBody(exchange.requestBody());
    }
    return request.build();
  }

  private static void fail(Exchange exchange, String what, ValidationReport report) {
    throw new AssertionError(
        exchange.method()
            + " "
            + exchange.uri().getPath()
            + " "
            + what
            + " (docs/openapi.json):\n"
            + report.getMessages().stream()
                .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining("\n")));
  }
}
