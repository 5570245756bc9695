package no.followup.registry.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The command-line arguments that run the registry API against a test database and the shared test
 * Keycloak, on 127.0.0.1, with test keys and schedules off. Callers add what is theirs (port,
 * limits, export directory).
 */
public final class RegistryArguments {

  private static final String TEST_KEY =
      Base64.getEncoder()
          .encodeToString("test pseudonym and release key 32".getBytes(StandardCharsets.UTF_8));

  private RegistryArguments() {}

  /**
   * The keys a real installation must set (the API and the batch worker refuse to start against a
   * real database without them), with the test key.
   */
  public static List<String> keys() {
    return List.of(
        "--registry.pseudonym.key=" + TEST_KEY,
        "--registry.export.release-key=" + TEST_KEY,
        "--registry.audit.anchor-key=" + TEST_KEY,
        "--registry.audit.anchor-file=target/test-anchors/" + UUID.randomUUID() + ".jsonl");
  }

  public static List<String> against(TestDatabase.ConnectionSettings database, String... more) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.passwordOrEmpty(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri="
                    + KeycloakServer.shared().issuer(),
                "--registry.identity.accept-test-numbers=true",
                "--registry.schedules.enabled=false",
                "--registry.web.client-secret=" + KeycloakServer.WEB_CLIENT_SECRET,
                "--server.servlet.session.cookie.secure=false",
                "--server.address=127.0.0.1"));
    arguments.addAll(keys());
    arguments.addAll(List.of(more));
    return arguments;
  }
}
