package no.followup.registry.bench;

import no.followup.registry.app.RegistryApplication;
import no.followup.registry.testsupport.KeycloakServer;
import no.followup.registry.testsupport.RegistryArguments;
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
    context =
        new SpringApplicationBuilder(RegistryApplication.class)
            .run(
                RegistryArguments.against(
                        database.settings(),
                        "--registry.export.directory=target/bench-exports",
                        "--registry.limits.requests-per-second-per-site=0",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")
                    .toArray(String[]::new));
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
