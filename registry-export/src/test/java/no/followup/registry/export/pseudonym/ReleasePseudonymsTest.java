package no.followup.registry.export.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReleasePseudonymsTest {

  private static final byte[] KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  @Test
  void one_release_names_a_person_the_same_everywhere_and_the_next_release_differently() {
    UUID participant = UUID.randomUUID();
    ReleasePseudonyms first = new ReleasePseudonyms(KEY, "release-1");

    assertThat(first.of(participant))
        .isEqualTo(new ReleasePseudonyms(KEY, "release-1").of(participant))
        .matches("[0-9a-f]{32}")
        .doesNotContain(participant.toString().replace("-", "").substring(0, 8));
    assertThat(new ReleasePseudonyms(KEY, "release-2").of(participant))
        .isNotEqualTo(first.of(participant));
    assertThat(first.of(UUID.randomUUID())).isNotEqualTo(first.of(participant));
  }

  /**
   * The release's key is HKDF-SHA256 of the registry's key (no salt, info "release:<id>"), the
   * pseudonym the first 16 bytes of HMAC-SHA256 under it: worked out apart, with Python's hmac.
   */
  @Test
  void the_release_key_is_hkdf_of_the_registry_key_and_the_release_id() {
    assertThat(
            new ReleasePseudonyms(KEY, "release-1")
                .of(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
        .isEqualTo("82aefa732c3a695689dcc8a3828cc542");
  }
}
