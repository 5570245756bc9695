package no.followup.registry.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Outside the embedded demo, nothing falls back to a default that a real installation must set. */
class FailClosedDefaultsTest {

  private final RegistryConfiguration configuration = new RegistryConfiguration();
  private final MockEnvironment realDatabase =
      new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/registry");
  private final MockEnvironment embedded = new MockEnvironment();

  @Test
  void keys_are_required_with_a_real_database_and_random_only_on_the_embedded_one() {
    assertThatThrownBy(() -> configuration.pseudonymiser(new PseudonymSettings(null), realDatabase))
        .hasMessageContaining("REGISTRY_PSEUDONYM_KEY must be set");
    assertThatThrownBy(() -> configuration.auditAnchors(null, null, "", realDatabase))
        .hasMessageContaining("REGISTRY_AUDIT_ANCHOR_KEY must be set");
    assertThat(configuration.pseudonymiser(new PseudonymSettings(null), embedded)).isNotNull();
  }

  @Test
  void test_numbers_are_refused_with_a_real_database_unless_switched_on() {
    assertThat(configuration.nationalIdPolicy("", realDatabase).acceptTestNumbers()).isFalse();
    assertThat(configuration.nationalIdPolicy("true", realDatabase).acceptTestNumbers()).isTrue();
    assertThat(configuration.nationalIdPolicy("", embedded).acceptTestNumbers()).isTrue();
  }
}
