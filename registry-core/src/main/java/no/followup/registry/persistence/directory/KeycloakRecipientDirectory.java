package no.followup.registry.persistence.directory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.notification.RecipientDirectory;
import no.followup.registry.domain.site.SiteCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coordinators and site leads of the registry's Keycloak realm, with their e-mail addresses,
 * read every few minutes with the {@code registry-notifier} client's service account (realm
 * management's {@code view-users} and {@code view-realm}, which listing a role's members asks for)
 * and kept in memory. A failed read keeps the last one; without a client secret the directory is
 * empty and the configured lists alone are used.
 */
@Component
class KeycloakRecipientDirectory implements RecipientDirectory {

  private static final Logger log = LoggerFactory.getLogger(KeycloakRecipientDirectory.class);

  /** Who is who, as last read. */
  private record Snapshot(List<String> coordinators, Map<String, List<String>> leadsBySite) {
    static final Snapshot EMPTY = new Snapshot(List.of(), Map.of());
  }

  private final String issuer;
  private final String clientId;
  private final String clientSecret;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private volatile Snapshot snapshot = Snapshot.EMPTY;

  KeycloakRecipientDirectory(
      @Value("${registry.notifications.directory.issuer:}") String issuer,
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String apiIssuer,
      @Value("${registry.notifications.directory.client-id:registry-notifier}") String clientId,
      @Value("${registry.notifications.directory.client-secret:}") String clientSecret) {
    this.issuer = issuer.isBlank() ? apiIssuer : issuer;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  @Override
  public List<String> coordinators() {
    return snapshot.coordinators();
  }

  @Override
  public List<String> leadsOf(SiteCode site) {
    return snapshot.leadsBySite().getOrDefault(site.value(), List.of());
  }

  boolean configured() {
    return !issuer.isBlank() && !clientSecret.isBlank();
  }

  @Scheduled(
      initialDelayString = "${registry.notifications.directory.first-read:PT5S}",
      fixedDelayString = "${registry.notifications.directory.refresh:PT5M}")
  @Override
  public void refresh() {
    if (!configured()) {
      return;
    }
    try {
      String token = token();
      List<String> coordinators = new ArrayList<>();
      for (JsonNode user : usersWithRole(Role.COORDINATOR, token)) {
        email(user).ifPresent(coordinators::add);
      }
      Map<String, List<String>> leads =
          usersWithRole(Role.SITE_LEAD, token).stream()
              .filter(user -> email(user).isPresent())
              .flatMap(
                  user ->
                      user.path("attributes")
                          .path("site")
                          .valueStream()
                          .map(site -> Map.entry(site.asString(), email(user).orElseThrow())))
              .collect(
                  Collectors.groupingBy(
                      Map.Entry::getKey,
                      Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
      snapshot = new Snapshot(List.copyOf(coordinators), Map.copyOf(leads));
      log.info(
          "recipient directory read: {} coordinators, leads at {} sites",
          coordinators.size(),
          leads.size());
    } catch (RefusedException e) {
      log.warn("recipient directory not read ({}); keeping the last", e.getMessage());
    } catch (IOException | RuntimeException e) {
      // The exception's class only: the provider's answer can quote addresses.
      log.warn("recipient directory not read ({}); keeping the last", e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String token() throws IOException, InterruptedException {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return json.readTree(ok(response, "token")).get("access_token").asString();
  }

  /** The enabled users holding the realm role, with their attributes. */
  private List<JsonNode> usersWithRole(Role role, String token)
      throws IOException, InterruptedException {
    String admin = issuer.replace("/realms/", "/admin/realms/");
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        admin
                            + "/roles/"
                            + role.realmRole()
                            + "/users?briefRepresentation=false&max=10000"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return json.readTree(ok(response, role.realmRole() + " users"))
        .valueStream()
        .filter(user -> user.path("enabled").asBoolean(true))
        .toList();
  }

  private static java.util.Optional<String> email(JsonNode user) {
    String email = user.path("email").asString("");
    return email.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(email);
  }

  private static String ok(HttpResponse<String> response, String what) {
    if (response.statusCode() != 200) {
      throw new RefusedException("Keycloak answered " + response.statusCode() + " for " + what);
    }
    return response.body();
  }

  /** Keycloak said no; the message holds the status and the step, never the answer's body. */
  private static final class RefusedException extends RuntimeException {
    RefusedException(String message) {
      super(message);
    }
  }
}
