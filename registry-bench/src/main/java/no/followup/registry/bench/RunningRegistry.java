package no.followup.registry.bench;

import java.util.Base64;
import no.followup.registry.api.RegistryApplication;
import no.followup.registry.testsupport.KeycloakServer;
import no.followup.registry.testsupport.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole registry as in production, in this JVM: the API on a free port against its own
 * PostgreSQL database, trusting the real Keycloak.
 */
final class RunningRegistry implements AutoCloseable {

  final TestDatabase database = TestDatabase.fresh();
  final KeycloakServer keycloak = KeycloakServer.shared();
  private final ConfigurableApplicationContext context;

  RunningRegistry() {
    String key =
        Base64.getEncoder().encodeToString("benchmark pseudonym key of 32 bytes!".getBytes());
    context =
        new SpringApplicationBuilder(RegistryApplication.class)
            .run(
                "--spring.datasource.url=" + database.settings().url(),
                "--spring.datasource.username=" + database.settings().user(),
                "--spring.datasource.password=" + database.settings().passwordOrEmpty(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + keycloak.issuer(),
                "--registry.pseudonym.key=" + key,
                "--registry.export.release-key=" + key,
                "--registry.export.directory=target/bench-exports",
                "--registry.schedules.enabled=false",
                "--registry.limits.requests-per-second-per-site=0",
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
  }

  String url() {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  String keycloakUrl() {
    return keycloak.issuer().replace("/realms/registry", "");
  }

  @Override
  public void close() {
    context.close();
  }
}
