package no.followup.registry.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies each distinct token once and remembers the result until the token expires. A hospital
 * system or a site's client sends the same token hundreds of times a minute; parsing and checking
 * its RS256 signature every time was the largest CPU cost of a request. The key is the whole token,
 * so only the exact bytes that passed verification are ever served from here.
 */
class CachingJwtDecoder implements JwtDecoder {

  /** Enough for every active user and system of the registry; past it the least used go first. */
  static final int MAX_TOKENS = 10_000;

  private final JwtDecoder verifier;
  private final Clock clock;
  private final Cache<String, Jwt> verified;

  CachingJwtDecoder(JwtDecoder verifier, Clock clock) {
    this.verifier = verifier;
    this.clock = clock;
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfter(
                Expiry.creating(
                    (String token, Jwt jwt) ->
                        Duration.between(clock.instant(), jwt.getExpiresAt())))
            .build();
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    Jwt known = verified.getIfPresent(token);
    if (known != null && clock.instant().isBefore(known.getExpiresAt())) {
      return known;
    }
    Jwt jwt = verifier.decode(token);
    if (jwt.getExpiresAt() != null) {
      verified.put(token, jwt);
    }
    return jwt;
  }
}
