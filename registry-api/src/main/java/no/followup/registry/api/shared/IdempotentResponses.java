package no.followup.registry.api.shared;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.followup.registry.api.problem.PreconditionException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.idempotency.IdempotentWrites;
import no.followup.registry.application.idempotency.StoredResponse;
import no.followup.registry.domain.participant.Pseudonymiser;
import no.followup.registry.domain.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a POST under its {@code Idempotency-Key}: the first request writes and its response is kept;
 * a replay with the same body gets that response again (with {@code Idempotent-Replayed: true}).
 */
@Component
public class IdempotentResponses {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

  private static final String HMAC = "HmacSHA256";

  private final IdempotentWrites writes;
  private final JsonMapper json;
  private final SecretKeySpec requestKey;

  public IdempotentResponses(
      IdempotentWrites writes, JsonMapper json, Pseudonymiser pseudonymiser) {
    this.writes = writes;
    this.json = json;
    this.requestKey = new SecretKeySpec(pseudonymiser.derivedKey("idempotent requests"), HMAC);
  }

  public <R> ResponseEntity<R> write(
      Actor actor,
      String key,
      String requestLine,
      Object request,
      Class<R> responseType,
      Supplier<WriteAnswer<R>> write) {
    // The first answer goes out as written; only a replay reads the stored JSON back.
    AtomicReference<R> firstBody = new AtomicReference<>();
    IdempotentWrites.Outcome outcome =
        execute(
            actor,
            key,
            requestLine,
            request,
            () -> {
              WriteAnswer<R> written = write.get();
              firstBody.set(written.body());
              return stored(written, json.writeValueAsString(written.body()));
            });
    return answer(outcome)
        .body(
            outcome.replayed()
                ? json.readValue(outcome.response().body(), responseType)
                : firstBody.get());
  }

  /**
   * As {@link #write}, for an answer the use case has already written as JSON (a bulk receipt of
   * 10,000 records): that text is stored and sent as it is, and a replay sends the stored text.
   */
  public ResponseEntity<String> writeJson(
      Actor actor,
      String key,
      String requestLine,
      Object request,
      Supplier<WriteAnswer<String>> write) {
    IdempotentWrites.Outcome outcome =
        execute(
            actor,
            key,
            requestLine,
            request,
            () -> {
              WriteAnswer<String> written = write.get();
              return stored(written, written.body());
            });
    return answer(outcome).contentType(MediaType.APPLICATION_JSON).body(outcome.response().body());
  }

  private IdempotentWrites.Outcome execute(
      Actor actor, String key, String requestLine, Object request, Supplier<StoredResponse> write) {
    requireValid(key);
    return writes.execute(actor.clientScope(), key, hash(requestLine, request), write);
  }

  private static StoredResponse stored(WriteAnswer<?> written, String body) {
    return new StoredResponse(
        written.status(),
        written.location() == null ? null : written.location().toString(),
        written.etag(),
        body);
  }

  /** The status and headers of the first answer, or of its replay. */
  private static ResponseEntity.BodyBuilder answer(IdempotentWrites.Outcome outcome) {
    StoredResponse stored = outcome.response();
    ResponseEntity.BodyBuilder response = ResponseEntity.status(stored.status());
    if (stored.location() != null) {
      response.location(URI.create(stored.location()));
    }
    if (stored.etag() != null) {
      response.header(HttpHeaders.ETAG, stored.etag());
    }
    if (outcome.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response;
  }

  /** Every POST carries a key; without one a retry could double a record. */
  public static void requireValid(String key) {
    if (key == null || key.isBlank()) {
      throw new PreconditionException(
          HttpStatus.BAD_REQUEST,
          Violation.rejection(
              HEADER, "required", "every POST needs an Idempotency-Key header (a UUID, say)"));
    }
    if (!KEY.matcher(key).matches()) {
      throw new PreconditionException(
          HttpStatus.BAD_REQUEST,
          Violation.rejection(
              HEADER, "format", "Idempotency-Key is 1 to 200 visible ASCII characters"));
    }
  }

  /**
   * Keyed, not a plain digest: an enrolment request holds a national ID number, and a plain hash of
   * it could be reversed by trying every number of a birth year.
   */
  private byte[] hash(String requestLine, Object request) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(requestKey);
      mac.update(requestLine.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '\n');
      return mac.doFinal(json.writeValueAsBytes(request));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
