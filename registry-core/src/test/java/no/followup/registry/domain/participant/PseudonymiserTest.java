package no.followup.registry.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.followup.registry.cohort.NationalIdNumbers;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  private static final byte[] KEY =
      "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
  private final NationalIdNumber person =
      NationalIdNumber.parse(NationalIdNumbers.synthetic(LocalDate.of(1984, 5, 17), 236));

  @Test
  void gives_the_same_person_the_same_pseudonym_wherever_enrolled() {
    Pseudonymiser atOneSite = new Pseudonymiser(KEY);
    Pseudonymiser atAnother = new Pseudonymiser(KEY.clone());

    assertThat(atOneSite.pseudonymOf(person)).isEqualTo(atAnother.pseudonymOf(person));
  }

  @Test
  void gives_another_pseudonym_under_another_key() {
    byte[] otherKey = "another key, also thirty-two bytes long".getBytes(StandardCharsets.UTF_8);

    assertThat(new Pseudonymiser(KEY).pseudonymOf(person))
        .isNotEqualTo(new Pseudonymiser(otherKey).pseudonymOf(person));
  }

  @Test
  void gives_different_people_different_pseudonyms() {
    NationalIdNumber other =
        NationalIdNumber.parse(NationalIdNumbers.synthetic(LocalDate.of(1984, 5, 18), 236));

    assertThat(new Pseudonymiser(KEY).pseudonymOf(person))
        .isNotEqualTo(new Pseudonymiser(KEY).pseudonymOf(other));
  }

  @Test
  void refuses_a_short_key_and_never_shows_it() {
    assertThatThrownBy(() -> new Pseudonymiser(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Pseudonymiser(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the pseudonym key must be at least 32 bytes");
    assertThatThrownBy(() -> new Pseudonymiser(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Pseudonymiser(new byte[32]).pseudonymOf(person).value()).hasSize(64);
    assertThat(new Pseudonymiser(KEY).toString())
        .isEqualTo("Pseudonymiser[key hidden]")
        .doesNotContain("test key");
  }

  @Test
  void is_keyed_not_a_plain_hash_that_anyone_could_recompute() throws Exception {
    byte[] plainHash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(person.digits().getBytes(StandardCharsets.US_ASCII));

    assertThat(new Pseudonymiser(KEY).pseudonymOf(person).value())
        .isNotEqualTo(java.util.HexFormat.of().formatHex(plainHash));
  }

  @Test
  void derives_a_key_per_purpose_that_is_stable_and_no_pseudonym() {
    Pseudonymiser pseudonymiser = new Pseudonymiser(KEY);

    byte[] requests = pseudonymiser.derivedKey("idempotent requests");

    assertThat(requests)
        .hasSize(32)
        .isEqualTo(new Pseudonymiser(KEY).derivedKey("idempotent requests"));
    assertThat(requests).isNotEqualTo(pseudonymiser.derivedKey("audit anchors"));
    assertThat(requests)
        .isNotEqualTo(new Pseudonymiser(new byte[32]).derivedKey("idempotent requests"));
  }
}
