package no.followup.registry.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The browser interface's Keycloak client ({@code registry-web}, confidential): its id and secret.
 * The secret is required with a real database; the embedded demo uses the development realm's.
 */
@ConfigurationProperties("registry.web")
public record WebSettings(String clientId, String clientSecret) {

  static final String DEMO_CLIENT_SECRET = "demo-web-secret";

  public WebSettings {
    clientId = clientId == null || clientId.isBlank() ? "registry-web" : clientId.strip();
  }

  /** The configured secret, or the demo realm's when no real database is configured. */
  String secretOrDemoDefault(String databaseUrl) {
    if (clientSecret != null && !clientSecret.isBlank()) {
      return clientSecret.strip();
    }
    if (databaseUrl != null && !databaseUrl.isBlank()) {
      throw new IllegalStateException(
          "REGISTRY_WEB_CLIENT_SECRET must be set when a database is configured"
              + " (the secret of the registry-web client in Keycloak)");
    }
    return DEMO_CLIENT_SECRET;
  }

  @Override
  public String toString() {
    return "WebSettings[clientId=" + clientId + ", secret hidden]";
  }
}
