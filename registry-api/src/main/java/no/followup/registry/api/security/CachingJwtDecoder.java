package no.followup.registry.api.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Enough for every active user and system of the registry; when full it simply starts over. */
  static final int MAX_TOKENS = 10_000;

  private final JwtDecoder verifier;
  private final Clock clock;
  private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

  CachingJwtDecoder(JwtDecoder verifier, Clock clock) {
    this.verifier = verifier;
    this.clock = clock;
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    Jwt known = verified.get(token);
    Instant now = clock.instant();
    if (known != null && known.getExpiresAt() != null && now.isBefore(known.getExpiresAt())) {
      return known;
    }
    verified.remove(token);
    Jwt jwt = verifier.decode(token);
    if (jwt.getExpiresAt() != null) {
      if (verified.size() >= MAX_TOKENS) {
        verified.clear();
      }
      verified.put(token, jwt);
    }
    return jwt;
  }
}
