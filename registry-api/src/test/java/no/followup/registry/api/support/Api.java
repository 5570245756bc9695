package no.followup.registry.api.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the API under test: real requests with real bearer tokens, and the raw
 * status, headers and JSON of the answer (no exceptions on 4xx).
 */
public final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The states in which a job execution has ended. */
  public static final List<String> JOB_ENDED =
      List.of("COMPLETED", "FAILED", "STOPPING", "STOPPED", "ABANDONED", "UNKNOWN");

  /** The states in which an export has ended. */
  public static final List<String> EXPORT_ENDED = List.of("COMPLETED", "FAILED");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final int port;

  public Api(int port) {
    this.port = port;
  }

  public Call as(Persona persona) {
    return new Call(persona);
  }

  public static String json(Object value) {
    return JSON.writeValueAsString(value);
  }

  /** One request being built. */
  public final class Call {
    private final Persona persona;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Call(Persona persona) {
      this.persona = persona;
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Call idempotencyKey(String key) {
      return header("Idempotency-Key", key);
    }

    /** A POST with a fresh Idempotency-Key. */
    public Response post(String path, Object body) {
      headers.putIfAbsent("Idempotency-Key", UUID.randomUUID().toString());
      return postRaw(path, body);
    }

    /** A POST with exactly the headers given (no key added). */
    public Response postRaw(String path, Object body) {
      return send("POST", path, body);
    }

    public Response put(String path, Object body) {
      return send("PUT", path, body);
    }

    public Response get(String path) {
      return send("GET", path, null);
    }

    /** Any bytes as the body, with the given content type: for fuzzing. */
    public Response sendBytes(String method, String path, byte[] body, String contentType) {
      headers.putIfAbsent("Idempotency-Key", UUID.randomUUID().toString());
      headers.put("Content-Type", contentType);
      return exchange(
          method, path, HttpRequest.BodyPublishers.ofByteArray(body), new String(body, UTF_8));
    }

    /** The body sent chunked, with no Content-Length: its size is known only as it is read. */
    public Response sendChunked(String method, String path, byte[] body, String contentType) {
      headers.putIfAbsent("Idempotency-Key", UUID.randomUUID().toString());
      headers.put("Content-Type", contentType);
      return exchange(
          method,
          path,
          HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body)),
          new String(body, UTF_8));
    }

    /**
     * Reads the resource every 100 ms until its {@code status} is one of the given ones (a job
     * execution or export running in the background); fails after the time given.
     */
    public JsonNode awaitStatus(String location, List<String> ends, Duration within) {
      return Awaitility.await(location + " reaching one of " + ends)
          .atMost(within)
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> get(location).json(), state -> ends.contains(state.get("status").asString()));
    }

    /** A GET of a binary body (a downloaded file). */
    public byte[] download(String path) {
      HttpResponse<byte[]> response =
          call(authorised(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError("download answered " + response.statusCode());
      }
      return response.body();
    }

    public Response send(String method, String path, Object body) {
      String text = body == null ? null : body instanceof String s ? s : json(body);
      headers.putIfAbsent("Content-Type", "application/json");
      return exchange(
          method,
          path,
          text == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(text),
          text);
    }

    private Response exchange(
        String method, String path, HttpRequest.BodyPublisher body, String bodyText) {
      HttpRequest.Builder request = authorised(path);
      headers.forEach(request::header);
      HttpRequest sent = request.method(method, body).build();
      HttpResponse<String> response = call(sent, HttpResponse.BodyHandlers.ofString());
      PublishedContract.check(
          new PublishedContract.Exchange(
              method,
              sent.uri(),
              sent.headers().map(),
              bodyText,
              response.statusCode(),
              response.headers().map(),
              response.body()));
      return new Response(response.statusCode(), response.headers().map(), response.body());
    }

    private HttpRequest.Builder authorised(String path) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
      persona.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
      return request;
    }

    private static <T> HttpResponse<T> call(
        HttpRequest request, HttpResponse.BodyHandler<T> handler) {
      try {
        return HTTP.send(request, handler);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** An answer: status, headers and body. */
  public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public UUID id(String field) {
      return UUID.fromString(json().get(field).asString());
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
