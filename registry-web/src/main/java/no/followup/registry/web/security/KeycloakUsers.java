package no.followup.registry.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.followup.registry.application.access.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person with the registry's roles: the {@code registry-web} client puts the realm
 * roles ({@code roles}) and the {@code site} attribute into the ID token; roles become {@code
 * ROLE_*} authorities as they do for the API's tokens.
 */
class KeycloakUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  static final String USER_NAME = "preferred_username";

  private final OidcUserService delegate = new OidcUserService();

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = delegate.loadUser(request);
    List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
    Object roles = user.getIdToken().getClaims().get("roles");
    if (roles instanceof Collection<?> names) {
      names.stream()
          .map(String::valueOf)
          .flatMap(name -> Role.ofRealmRole(name).stream())
          .map(role -> new SimpleGrantedAuthority(role.authority()))
          .forEach(authorities::add);
    }
    return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), USER_NAME);
  }
}
