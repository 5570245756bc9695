package no.followup.registry.api.support;

import java.util.Base64;
import no.followup.registry.testsupport.KeycloakServer;
import no.followup.registry.testsupport.TestDatabase;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at a fresh test database and the test run's Keycloak. */
public class RealInfrastructure
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The pseudonym key of the tests: configuration, as in production, never in the database. */
  public static final String PSEUDONYM_KEY =
      Base64.getEncoder().encodeToString("test pseudonym key, thirty-two bytes or more".getBytes());

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestDatabase.ConnectionSettings database = TestDatabase.fresh().settings();
    TestPropertyValues.of(
            "spring.datasource.url=" + database.url(),
            "spring.datasource.username=" + database.user(),
            "spring.datasource.password=" + database.passwordOrEmpty(),
            "spring.security.oauth2.resourceserver.jwt.issuer-uri="
                + KeycloakServer.shared().issuer(),
            "registry.pseudonym.key=" + PSEUDONYM_KEY,
            "registry.identity.accept-test-numbers=true",
            "springdoc.api-docs.enabled=true",
            "registry.audit.anchor-key=" + PSEUDONYM_KEY,
            "registry.audit.anchor-file=target/test-anchors/"
                + java.util.UUID.randomUUID()
                + ".jsonl",
            "registry.export.release-key=" + PSEUDONYM_KEY,
            "registry.export.directory=target/test-exports/" + java.util.UUID.randomUUID(),
            "server.address=127.0.0.1")
        .applyTo(context);
  }
}
