package no.followup.registry.web.security;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages' security: a backend-for-frontend. Sign-in is Keycloak's code flow with PKCE; the
 * tokens stay in the server-side session and the browser holds only the session cookie. Every form
 * carries a CSRF token, pages are never cached, and the content security policy allows no inline
 * script. Signing out ends the Keycloak session too.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurityConfiguration implements WebMvcConfigurer {

  static final String REGISTRATION = "keycloak";

  private final SignedInActor signedInActor;

  WebSecurityConfiguration(SignedInActor signedInActor) {
    this.signedInActor = signedInActor;
  }

  /** After the API's chain: every path the API does not own is a page. */
  @Bean
  @Order(100)
  SecurityFilterChain pages(
      HttpSecurity http, ClientRegistrationRepository registrations, LocaleResolver locales)
      throws Exception {
    String keycloakOrigin = origin(registrations.findByRegistrationId(REGISTRATION));
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/assets/**", "/webjars/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/loggedout", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2Login(
            login ->
                login
                    .loginPage("/oauth2/authorization/" + REGISTRATION)
                    .authorizationEndpoint(
                        endpoint ->
                            endpoint.authorizationRequestResolver(
                                new SignInLanguage(registrations, locales)))
                    .userInfoEndpoint(user -> user.oidcUserService(new KeycloakUsers())))
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .logoutSuccessHandler(keycloakLogout(registrations))
                    .deleteCookies("JSESSIONID"))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self';"
                                    + " img-src 'self' data:; object-src 'none'; base-uri 'self';"
                                    + " frame-ancestors 'none'; form-action 'self' "
                                    + keycloakOrigin))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }

  /**
   * The Keycloak client, from the realm's issuer without fetching its discovery document: the
   * registry starts while Keycloak is still down, as the API does.
   */
  @Bean
  ClientRegistrationRepository clientRegistrations(
      WebSettings settings,
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
      @Value("${spring.datasource.url:}") String databaseUrl) {
    String realm = issuer == null || issuer.isBlank() ? DEMO_ISSUER : issuer.strip();
    String endpoints = realm + "/protocol/openid-connect";
    return new InMemoryClientRegistrationRepository(
        ClientRegistration.withRegistrationId(REGISTRATION)
            .clientName("Keycloak")
            .clientId(settings.clientId())
            .clientSecret(settings.secretOrDemoDefault(databaseUrl))
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile")
            .issuerUri(realm)
            .authorizationUri(endpoints + "/auth")
            .tokenUri(endpoints + "/token")
            .jwkSetUri(endpoints + "/certs")
            .userInfoUri(endpoints + "/userinfo")
            .userNameAttributeName(KeycloakUsers.USER_NAME)
            .providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints + "/logout"))
            .build());
  }

  /** The development realm on this machine, as the API trusts it when no database is configured. */
  static final String DEMO_ISSUER = "http://127.0.0.1:8180/realms/registry";

  private static OidcClientInitiatedLogoutSuccessHandler keycloakLogout(
      ClientRegistrationRepository registrations) {
    OidcClientInitiatedLogoutSuccessHandler handler =
        new OidcClientInitiatedLogoutSuccessHandler(registrations);
    handler.setPostLogoutRedirectUri("{baseUrl}/loggedout");
    return handler;
  }

  private static String origin(ClientRegistration registration) {
    URI uri = URI.create(registration.getProviderDetails().getAuthorizationUri());
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(signedInActor);
  }
}
