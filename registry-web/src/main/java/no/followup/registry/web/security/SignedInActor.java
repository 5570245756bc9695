package no.followup.registry.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.site.Sites;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives page controllers the {@link Actor} of the signed-in person, as the API builds it from a
 * token: the registry roles, and the site only when the {@code site} claim names exactly one known
 * site (none, several or an unknown one: no site, so nothing is written or read at a site).
 */
@Component
public class SignedInActor implements HandlerMethodArgumentResolver {

  private static final String WEB_PACKAGE = "no.followup.registry.web";

  private final Sites sites;

  SignedInActor(Sites sites) {
    this.sites = sites;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().equals(Actor.class)
        && parameter.getDeclaringClass().getPackageName().startsWith(WEB_PACKAGE);
  }

  @Override
  public Actor resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mav,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    return current().orElseThrow(() -> new AccessDeniedException("sign in first"));
  }

  /** The signed-in person of this request, if someone is. */
  public Optional<Actor> current() {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  Optional<Actor> of(Authentication authentication) {
    if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      Role.ofAuthority(authority.getAuthority()).ifPresent(roles::add);
    }
    return Optional.of(
        new Actor(user.getName(), site(user.getIdToken().getClaims().get("site")), roles));
  }

  private Optional<SiteCode> site(Object claim) {
    List<String> values =
        claim instanceof Collection<?> many
            ? many.stream().map(String::valueOf).toList()
            : claim == null ? List.of() : List.of(String.valueOf(claim));
    if (values.size() != 1) {
      return Optional.empty();
    }
    try {
      SiteCode code = SiteCode.of(values.get(0));
      return sites.find(code).isPresent() ? Optional.of(code) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
