package no.followup.registry.testsupport;

import java.util.Base64;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at a fresh test database and the test run's Keycloak, with the settings a
 * real installation must give (keys, the web client's secret) set to the tests' own.
 */
public class RealInfrastructure
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The pseudonym key of the tests: configuration, as in production, never in the database. */
  public static final String PSEUDONYM_KEY =
      Base64.getEncoder().encodeToString("test pseudonym key, thirty-two bytes or more".getBytes());

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    // Migrations run as the database's owner, the application as a login of the restricted
    // registry_application role, as in production.
    TestDatabase fresh = TestDatabase.fresh();
    TestDatabase.ConnectionSettings owner = fresh.settings();
    TestDatabase.ConnectionSettings application = fresh.applicationLogin();
    TestPropertyValues.of(
            "spring.datasource.url=" + application.url(),
            "spring.datasource.username=" + application.user(),
            "spring.datasource.password=" + application.passwordOrEmpty(),
            "registry.database.migration-user=" + owner.user(),
            "registry.database.migration-password=" + owner.passwordOrEmpty(),
            "spring.security.oauth2.resourceserver.jwt.issuer-uri="
                + KeycloakServer.shared().issuer(),
            "registry.pseudonym.key=" + PSEUDONYM_KEY,
            "registry.identity.accept-test-numbers=true",
            "springdoc.api-docs.enabled=true",
            "springdoc.swagger-ui.enabled=true",
            "registry.audit.anchor-key=" + PSEUDONYM_KEY,
            "registry.audit.anchor-file=target/test-anchors/"
                + java.util.UUID.randomUUID()
                + ".jsonl",
            "registry.export.release-key=" + PSEUDONYM_KEY,
            "registry.export.directory=target/test-exports/" + java.util.UUID.randomUUID(),
            "registry.web.client-secret=" + KeycloakServer.WEB_CLIENT_SECRET,
            "registry.notifications.directory.client-secret="
                + KeycloakServer.NOTIFIER_CLIENT_SECRET,
            // The tests' browser reaches the registry over plain HTTP on 127.0.0.1.
            "server.servlet.session.cookie.secure=false",
            "server.address=127.0.0.1")
        .applyTo(context);
  }
}
