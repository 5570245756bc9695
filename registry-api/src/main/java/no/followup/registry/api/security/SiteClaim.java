package no.followup.registry.api.security;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The {@code site} claim of a token. Keycloak sends it as a list (the attribute is multi-valued, so
 * that a mis-provisioned account with two sites shows as such instead of as its first one); a user
 * has a site only when the list holds exactly one.
 */
public final class SiteClaim {

  private SiteClaim() {}

  public static Optional<String> single(Jwt token) {
    Object claim = token.getClaim("site");
    if (claim instanceof String site) {
      return Optional.of(site);
    }
    if (claim instanceof Collection<?> sites
        && sites.size() == 1
        && sites.iterator().next() instanceof String site) {
      return Optional.of(site);
    }
    return Optional.empty();
  }
}
