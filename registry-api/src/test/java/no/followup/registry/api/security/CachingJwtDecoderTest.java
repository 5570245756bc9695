package no.followup.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private final AtomicInteger verifications = new AtomicInteger();

  @Test
  void verifies_a_token_once_while_it_is_valid() {
    JwtDecoder decoder =
        new CachingJwtDecoder(verifierExpiringAt(NOW.plusSeconds(300)), clockAt(NOW));

    Jwt first = decoder.decode("token-a");
    Jwt again = decoder.decode("token-a");

    assertThat(again).isSameAs(first);
    assertThat(verifications).hasValue(1);
  }

  @Test
  void verifies_again_once_the_token_has_expired() {
    JwtDecoder verifier = verifierExpiringAt(NOW.plusSeconds(10));
    new CachingJwtDecoder(verifier, clockAt(NOW)).decode("token-a");

    CachingJwtDecoder later = new CachingJwtDecoder(verifier, clockAt(NOW.plusSeconds(11)));
    later.decode("token-b");
    later.decode("token-b");

    assertThat(verifications)
        .as("token-b expired by the later clock: checked every time")
        .hasValue(3);
  }

  @Test
  void never_remembers_a_token_that_failed() {
    JwtDecoder failing =
        token -> {
          verifications.incrementAndGet();
          throw new BadJwtException("bad signature");
        };
    JwtDecoder decoder = new CachingJwtDecoder(failing, clockAt(NOW));

    assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
    assertThat(verifications).hasValue(2);
  }

  private JwtDecoder verifierExpiringAt(Instant expiry) {
    return token -> {
      verifications.incrementAndGet();
      return Jwt.withTokenValue(token)
          .header("alg", "RS256")
          .subject("staff.ous")
          .issuedAt(NOW.minusSeconds(5))
          .expiresAt(expiry)
          .build();
    };
  }

  private static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
