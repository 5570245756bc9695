package no.followup.registry.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.PublishedContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The document hospitals generate their clients from is committed, so that every change of the
 * contract is a reviewed diff: the API must serve exactly {@code docs/openapi.json}.
 */
@ApiTest
class PublishedContractTest {

  /** The development realm's issuer, as the demo runs it: the committed document names it. */
  private static final String DEMO_ISSUER = "http://127.0.0.1:8180/realms/registry";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @LocalServerPort int port;

  @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}")
  String issuer;

  @Test
  void the_api_serves_the_committed_document() throws Exception {
    Api.Response served = new Api(port).as(Persona.ANONYMOUS).get("/v3/api-docs");
    assertThat(served.status()).isEqualTo(200);

    JsonNode document = JSON.readTree(served.body().replace(issuer, DEMO_ISSUER));
    String text = JSON.writeValueAsString(document) + "\n";
    Path written = Path.of("target", "openapi.json");
    Files.writeString(written, text);

    // Compared as JSON, not as text: the order springdoc writes a schema's keys in is not fixed
    // from one context to the next, and means nothing to a client.
    JsonNode committed = JSON.readTree(Files.readString(PublishedContract.DOCUMENT));
    assertThat(firstDifference(document, committed, ""))
        .as(
            "the API's contract changed: review target/openapi.json and, if it is meant, copy it"
                + " to docs/openapi.json (cp registry-api/target/openapi.json docs/openapi.json)")
        .isEmpty();
  }

  /**
   * Where the served document first differs from the committed one (a JSON pointer), if it does.
   */
  private static Optional<String> firstDifference(JsonNode served, JsonNode committed, String at) {
    if (served.equals(committed)) {
      return Optional.empty();
    }
    if (served.isObject() && committed.isObject()) {
      Set<String> names = new TreeSet<>(served.propertyNames());
      names.addAll(committed.propertyNames());
      for (String name : names) {
        if (!served.has(name) || !committed.has(name)) {
          return Optional.of(at + "/" + name + (served.has(name) ? " added" : " gone"));
        }
        Optional<String> inside =
            firstDifference(served.get(name), committed.get(name), at + "/" + name);
        if (inside.isPresent()) {
          return inside;
        }
      }
    }
    return Optional.of(at.isEmpty() ? "/" : at);
  }
}
