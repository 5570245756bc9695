package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.testsupport.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tokens the registry must refuse, each answered 401 problem+json without a hint of what the token
 * held: unsigned ({@code alg: none}), a real token with its payload changed, a token from another
 * issuer with the right claims, a token for another audience. (Expiry: {@code
 * CachingJwtDecoderTest}.)
 */
@ApiTest
class TokenRejectionTest {

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  @LocalServerPort int port;

  @Test
  void an_unsigned_token_is_refused() {
    String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    assertRefused(header + "." + claims(KeycloakServer.shared().issuer()) + ".");
  }

  @Test
  void a_real_token_whose_claims_were_changed_is_refused() {
    String[] real = KeycloakServer.shared().tokenFor("staff.ous").split("\\.");
    String otherSite =
        encode(
            new String(Base64.getUrlDecoder().decode(real[1]), StandardCharsets.UTF_8)
                .replace("\"OUS\"", "\"HUS\""));
    assertRefused(real[0] + "." + otherSite + "." + real[2]);
  }

  @Test
  void a_well_formed_token_signed_by_another_issuer_is_refused() throws Exception {
    var keys = KeyPairGenerator.getInstance("RSA");
    keys.initialize(2048);
    var pair = keys.generateKeyPair();
    String[] real = KeycloakServer.shared().tokenFor("staff.ous").split("\\.");
    String signed = real[0] + "." + claims("https://issuer.example/realms/registry");
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(pair.getPrivate());
    rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
    assertRefused(signed + "." + URL.encodeToString(rsa.sign()));
  }

  @Test
  void a_keycloak_token_for_another_application_is_refused() {
    assertRefused(KeycloakServer.shared().tokenFromOtherApplication("staff.ous"));
  }

  private void assertRefused(String token) {
    Api.Response response =
        new Api(port)
            .as(Persona.ANONYMOUS)
            .header("Authorization", "Bearer " + token)
            .get("/api/v1/participants");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("OUS", "staff.ous", "issuer.example");
  }

  private static String claims(String issuer) {
    long now = Instant.now().getEpochSecond();
    return encode(
        """
        {"iss":"%s","aud":"registry-api","sub":"someone","preferred_username":"staff.ous","site":"OUS",
         "realm_access":{"roles":["site-staff"]},"iat":%d,"exp":%d}
        """
            .formatted(issuer, now, now + 600));
  }

  private static String encode(String json) {
    return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
