package no.followup.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IssuerDefaultTest {

  @Test
  void a_real_installation_names_its_issuer_and_only_the_demo_has_a_default() {
    assertThatThrownBy(
            () -> SecurityConfiguration.issuerOrDemoDefault("", "jdbc:postgresql://db/registry"))
        .hasMessageContaining("KEYCLOAK_ISSUER must be set");
    assertThat(SecurityConfiguration.issuerOrDemoDefault("https://id.example/realms/r", "x"))
        .isEqualTo("https://id.example/realms/r");
    assertThat(SecurityConfiguration.issuerOrDemoDefault(null, null))
        .isEqualTo(SecurityConfiguration.DEMO_ISSUER);
  }
}
