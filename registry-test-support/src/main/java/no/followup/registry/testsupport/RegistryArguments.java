package no.followup.registry.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

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

  public static List<String> against(TestDatabase.ConnectionSettings database, String... more) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.passwordOrEmpty(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri="
                    + KeycloakServer.shared().issuer(),
                "--registry.pseudonym.key=" + TEST_KEY,
                "--registry.identity.accept-test-numbers=true",
                "--registry.audit.anchor-key=" + TEST_KEY,
                "--registry.audit.anchor-file=target/test-anchors/"
                    + java.util.UUID.randomUUID()
                    + ".jsonl",
                "--registry.export.release-key=" + TEST_KEY,
                "--registry.schedules.enabled=false",
                "--server.address=127.0.0.1"));
    arguments.addAll(List.of(more));
    return arguments;
  }
}
