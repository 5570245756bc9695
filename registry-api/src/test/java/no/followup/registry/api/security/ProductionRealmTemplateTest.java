package no.followup.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.followup.registry.testsupport.KeycloakServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The production realm template, imported into the real Keycloak: a password alone gets no token,
 * passwords follow a policy, every person sets up a one-time password, brute force locks out, and
 * the hospital systems' clients are there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionRealmTemplateTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String GOOD_PASSWORD = "a long enough passphrase 2026";

  private final HttpClient http = HttpClient.newHttpClient();
  private String base;
  private String realm;
  private String admin;

  @BeforeAll
  void importTemplate() throws Exception {
    String issuer = KeycloakServer.shared().issuer();
    base = issuer.substring(0, issuer.indexOf("/realms/"));
    admin = adminToken();
    ObjectNode template = (ObjectNode) JSON.readTree(Files.readString(templateFile()));
    realm = "registry-production-check-" + UUID.randomUUID().toString().substring(0, 8);
    template.put("realm", realm);
    // Plain HTTP is allowed here only because the test Keycloak listens on loopback.
    template.put("sslRequired", "external");

    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(URI.create(base + "/admin/realms"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(template))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  @Test
  void a_person_with_a_valid_password_gets_no_token_by_password_alone() throws Exception {
    HttpResponse<String> user = createUser("nurse.production", GOOD_PASSWORD);
    assertThat(user.statusCode()).as(user.body()).isEqualTo(201);

    HttpResponse<String> token =
        tokenRequest(
            Map.of(
                "grant_type", "password",
                "client_id", "registry-cli",
                "username", "nurse.production",
                "password", GOOD_PASSWORD));

    assertThat(token.statusCode()).isIn(400, 401);
    assertThat(JSON.readTree(token.body()).get("error").asString())
        .isEqualTo("unauthorized_client");
    assertThat(token.body()).doesNotContain("access_token");
  }

  @Test
  void a_short_password_is_refused_by_the_policy() throws Exception {
    HttpResponse<String> user = createUser("short.password", "demo");

    assertThat(user.statusCode()).isEqualTo(400);
    assertThat(user.body()).containsIgnoringCase("password");
  }

  @Test
  void one_time_passwords_brute_force_lockout_and_hospital_clients_are_on() throws Exception {
    JsonNode settings = adminGet("/admin/realms/" + realm);
    JsonNode actions = adminGet("/admin/realms/" + realm + "/authentication/required-actions");
    JsonNode hospital =
        adminGet("/admin/realms/" + realm + "/clients?clientId=hospital-ous").get(0);

    assertThat(settings.get("bruteForceProtected").asBoolean()).isTrue();
    assertThat(settings.get("failureFactor").asInt()).isEqualTo(5);
    assertThat(settings.get("passwordPolicy").asString()).contains("length(12)");
    assertThat(
            actions
                .valueStream()
                .filter(a -> a.get("alias").asString().equals("CONFIGURE_TOTP"))
                .findFirst()
                .orElseThrow()
                .get("defaultAction")
                .asBoolean())
        .isTrue();
    assertThat(hospital.get("serviceAccountsEnabled").asBoolean()).isTrue();
    assertThat(hospital.get("directAccessGrantsEnabled").asBoolean()).isFalse();
  }

  private HttpResponse<String> createUser(String username, String password) throws Exception {
    Map<String, Object> user =
        Map.of(
            "username",
            username,
            "enabled",
            true,
            "email",
            username + "@hospital.test",
            "emailVerified",
            true,
            "firstName",
            "Test",
            "lastName",
            "Person",
            "attributes",
            Map.of("site", java.util.List.of("OUS")),
            "credentials",
            java.util.List.of(Map.of("type", "password", "value", password, "temporary", false)));
    return send(
        HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + realm + "/users"))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user))));
  }

  private JsonNode adminGet(String path) throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + admin)
                .GET());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> tokenRequest(Map<String, String> form) throws Exception {
    return send(
        HttpRequest.newBuilder(
                URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
  }

  private String adminToken() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(
                    URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        formBody(
                            Map.of(
                                "grant_type", "password",
                                "client_id", "admin-cli",
                                "username", "admin",
                                "password", "admin")))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("access_token").asString();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Path templateFile() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path template = dir.resolve("deploy/keycloak/registry-realm.production-template.json");
      if (Files.isRegularFile(template)) {
        return template;
      }
    }
    throw new IllegalStateException("the production realm template was not found");
  }
}
