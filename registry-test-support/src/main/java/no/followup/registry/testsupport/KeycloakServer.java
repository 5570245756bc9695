package no.followup.registry.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real Keycloak for tests: the project's own {@code deploy/keycloak/keycloak.sh} installs the
 * distribution from Maven Central (once per machine) and starts it with the registry realm on a
 * free port, once per test JVM; a shutdown hook stops it. Tokens are real, signed by Keycloak.
 */
public final class KeycloakServer {

  /** The development realm's secret of the browser interface's client, {@code registry-web}. */
  public static final String WEB_CLIENT_SECRET = "demo-web-secret";

  /** The development realm's {@code registry-notifier} client, which reads the user directory. */
  public static final String NOTIFIER_CLIENT_SECRET = "demo-notifier-secret";

  public static final String DEMO_PASSWORD = "demo";
  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static KeycloakServer shared;

  private final Path script;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

  private KeycloakServer(Path script, int port) {
    this.script = script;
    this.port = port;
  }

  /** The Keycloak of this test run, started on first use. */
  public static synchronized KeycloakServer shared() {
    if (shared == null) {
      KeycloakServer server = new KeycloakServer(findScript(), freePortPair());
      server.run("start");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> server.run("stop")));
      shared = server;
    }
    return shared;
  }

  public String issuer() {
    return "http://127.0.0.1:" + port + "/realms/registry";
  }

  /**
   * An access token of a demo user (password grant through the public {@code registry-cli} client).
   */
  public String tokenFor(String username) {
    return tokens
        .compute(
            username,
            (user, cached) ->
                cached != null && cached.fresh()
                    ? cached
                    : new CachedToken(
                        requestToken(
                            Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "registry-cli",
                                "username",
                                user,
                                "password",
                                DEMO_PASSWORD))))
        .token();
  }

  /**
   * A demo user's token from another client of the realm: signed by Keycloak, not meant for the
   * registry.
   */
  public String tokenFromOtherApplication(String username) {
    return requestToken(
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "other-app",
            "username",
            username,
            "password",
            DEMO_PASSWORD));
  }

  /** An access token of a hospital system (client credentials of a confidential client). */
  public String tokenForClient(String clientId, String secret) {
    return tokens
        .compute(
            "client:" + clientId,
            (key, cached) ->
                cached != null && cached.fresh()
                    ? cached
                    : new CachedToken(
                        requestToken(
                            Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                clientId,
                                "client_secret",
                                secret))))
        .token();
  }

  private String requestToken(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = ACCESS_TOKEN.matcher(response.body());
      if (response.statusCode() != 200 || !token.find()) {
        throw new IllegalStateException(
            "Keycloak refused a token: HTTP " + response.statusCode() + " " + response.body());
      }
      return token.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking Keycloak for a token", e);
    }
  }

  private void run(String command) {
    ProcessBuilder process = new ProcessBuilder("bash", script.toString(), command).inheritIO();
    process.environment().put("KEYCLOAK_PORT", String.valueOf(port));
    try {
      int exit = process.start().waitFor();
      if (exit != 0 && command.equals("start")) {
        throw new IllegalStateException(
            "Keycloak did not start (exit " + exit + "); see .cache/keycloak-run/" + port);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running keycloak.sh " + command, e);
    }
  }

  private static Path findScript() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path script = dir.resolve("deploy/keycloak/keycloak.sh");
      if (Files.isRegularFile(script)) {
        return script;
      }
    }
    throw new IllegalStateException(
        "deploy/keycloak/keycloak.sh not found above " + Path.of("").toAbsolutePath());
  }

  /** A free port whose management port (port + 1000) is free too. */
  private static int freePortPair() {
    for (int attempt = 0; attempt < 50; attempt++) {
      try (ServerSocket socket = new ServerSocket(0)) {
        int port = socket.getLocalPort();
        if (port + 1000 < 65536 && isFree(port + 1000)) {
          return port;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("no free port pair for Keycloak");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Keycloak's tokens live 15 minutes in the realm; reuse one for at most 5. */
  private record CachedToken(String token, long fetchedAt) {
    CachedToken(String token) {
      this(token, System.nanoTime());
    }

    boolean fresh() {
      return System.nanoTime() - fetchedAt < Duration.ofMinutes(5).toNanos();
    }
  }
}
