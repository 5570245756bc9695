package no.followup.registry.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Keycloak's sign-in page in the person's language: the authorization request carries {@code
 * ui_locales} ({@code no} for bokmål, as Keycloak names its Norwegian, or {@code en}).
 */
class SignInLanguage implements OAuth2AuthorizationRequestResolver {

  private final DefaultOAuth2AuthorizationRequestResolver delegate;
  private final LocaleResolver locales;

  SignInLanguage(ClientRegistrationRepository registrations, LocaleResolver locales) {
    this.delegate =
        new DefaultOAuth2AuthorizationRequestResolver(
            registrations,
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    this.locales = locales;
  }

  @Override
  public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
    return withLanguage(delegate.resolve(request), request);
  }

  @Override
  public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
    return withLanguage(delegate.resolve(request, registrationId), request);
  }

  private OAuth2AuthorizationRequest withLanguage(
      OAuth2AuthorizationRequest authorization, HttpServletRequest request) {
    if (authorization == null) {
      return null;
    }
    Map<String, Object> parameters = new HashMap<>(authorization.getAdditionalParameters());
    boolean english = locales.resolveLocale(request).getLanguage().equals("en");
    parameters.put("ui_locales", english ? "en" : "no");
    return OAuth2AuthorizationRequest.from(authorization).additionalParameters(parameters).build();
  }
}
