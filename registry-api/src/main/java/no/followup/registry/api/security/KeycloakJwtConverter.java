package no.followup.registry.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.followup.registry.application.access.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Keycloak's realm roles ({@code realm_access.roles}, e.g. {@code site-staff}) become {@code
 * ROLE_SITE_STAFF}; the principal is the user name. Unknown roles are ignored.
 */
class KeycloakJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String name = jwt.getClaimAsString("preferred_username");
    return new JwtAuthenticationToken(
        jwt, authorities(jwt), name == null ? jwt.getSubject() : name);
  }

  private static Collection<GrantedAuthority> authorities(Jwt jwt) {
    Object realmAccess = jwt.getClaim("realm_access");
    if (!(realmAccess instanceof Map<?, ?> access)
        || !(access.get("roles") instanceof Collection<?> roles)) {
      return List.of();
    }
    return roles.stream()
        .map(String::valueOf)
        .flatMap(name -> Role.ofRealmRole(name).stream())
        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
        .toList();
  }
}
