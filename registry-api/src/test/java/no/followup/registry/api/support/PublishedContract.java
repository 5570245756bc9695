package no.followup.registry.api.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The committed OpenAPI document ({@code docs/openapi.json}) as a judge: every answer the API tests
 * receive from an {@code /api/} path must be one the document describes (status, media type,
 * headers, body schema), or the test that received it fails.
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

  /** Fails when the document does not describe this answer to this request. */
  static void check(
      String method, URI uri, int status, Map<String, List<String>> headers, String body) {
    String path = uri.getPath();
    if (!path.startsWith("/api/")) {
      return;
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    headers.forEach((name, values) -> response.withHeader(name, values));
    if (body != null && !body.isEmpty()) {
      response.withBody(body);
    }
    ValidationReport report =
        Judge.VALIDATOR.validateResponse(
            path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
    if (report.hasErrors()) {
      throw new AssertionError(
          method
              + " "
              + path
              + " answered "
              + status
              + ", which docs/openapi.json does not describe:\n"
              + report.getMessages().stream()
                  .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                  .collect(Collectors.joining("\n")));
    }
    VALIDATED.incrementAndGet();
  }
}
