package no.followup.registry.api.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives controllers the {@link Actor} of the request, built from its verified token. */
@Component
public class CurrentActor implements HandlerMethodArgumentResolver {

  private static final String API_PACKAGE = "no.followup.registry.api";

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    // Only the API's controllers: the pages build their actor from the signed-in session.
    return parameter.getParameterType().equals(Actor.class)
        && parameter.getDeclaringClass().getPackageName().startsWith(API_PACKAGE);
  }

  @Override
  public Actor resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mav,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  static Actor of(Authentication authentication) {
    if (!(authentication instanceof JwtAuthenticationToken token)) {
      throw new no.followup.registry.application.access.AccessDeniedException(
          "a bearer token is required");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority authority : token.getAuthorities()) {
      Role.ofAuthority(authority.getAuthority()).ifPresent(roles::add);
    }
    Optional<SiteCode> site = siteOf(SiteClaim.single(token.getToken()).orElse(null));
    return new Actor(token.getName(), site, roles);
  }

  private static Optional<SiteCode> siteOf(String claim) {
    try {
      return claim == null ? Optional.empty() : Optional.of(SiteCode.of(claim));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
