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
}
