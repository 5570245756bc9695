package no.followup.registry.api.security;

import java.time.Clock;
import java.util.List;
import no.followup.registry.domain.site.Sites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless bearer-token security for the API's paths. Only health and the API documentation are
 * open; every other API path needs a valid token, and every controller method states its roles with
 * {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration implements WebMvcConfigurer {

  private final CurrentActor currentActor;

  SecurityConfiguration(CurrentActor currentActor) {
    this.currentActor = currentActor;
  }

  /**
   * The paths of this chain; the browser interface's chain (ordered after it) takes every other.
   */
  static final String[] API_PATHS = {
    "/api/**",
    "/actuator/**",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**"
  };

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, JsonMapper json, RequestLimits limits, Sites sites)
      throws Exception {
    UnauthenticatedLimit unauthenticated = new UnauthenticatedLimit(limits);
    http.securityMatcher(API_PATHS)
        .csrf(csrf -> csrf.disable())
        .addFilterBefore(
            new BodySizeLimitFilter(limits, json), BearerTokenAuthenticationFilter.class)
        .addFilterAfter(new SiteClaimFilter(sites, json), BearerTokenAuthenticationFilter.class)
        .addFilterAfter(new SiteRateLimitFilter(limits, json), SiteClaimFilter.class)
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                    .hasRole("MONITOR")
                    .requestMatchers(
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                    .permitAll()
                    // Who may send a body is decided here, by URL, before the body is read;
                    // @PreAuthorize on each method still says it again, next to the code.
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/participants",
                        "/api/v1/participants/**",
                        "/api/v1/submissions",
                        "/api/v1/data-quality-findings/*/answer")
                    .hasAnyRole("SITE_STAFF", "SITE_LEAD")
                    .requestMatchers(HttpMethod.PUT, "/api/v1/participants/**")
                    .hasAnyRole("SITE_STAFF", "SITE_LEAD")
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/jobs/**",
                        "/api/v1/report-schedules",
                        "/api/v1/safety-signals/*/assessment")
                    .hasRole("COORDINATOR")
                    .requestMatchers(HttpMethod.POST, "/api/v1/safety-signals/*/comments")
                    .hasAnyRole("COORDINATOR", "SITE_LEAD")
                    .requestMatchers(HttpMethod.POST, "/api/v1/datasets/*/exports")
                    .hasAnyRole("RESEARCHER", "COORDINATOR")
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakJwtConverter()))
                    .authenticationEntryPoint(
                        ProblemSecurityHandlers.unauthorized(json, unauthenticated))
                    .accessDeniedHandler(ProblemSecurityHandlers.forbidden(json)))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .authenticationEntryPoint(
                        ProblemSecurityHandlers.unauthorized(json, unauthenticated))
                    .accessDeniedHandler(ProblemSecurityHandlers.forbidden(json)));
    return http.build();
  }

  /**
   * Only tokens of the configured Keycloak realm for the {@code registry-api} audience. The issuer
   * is contacted at the first token, not at start-up, so the API starts while Keycloak is still
   * down.
   */
  @Bean
  JwtDecoder jwtDecoder(
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String configuredIssuer,
      @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") String audience,
      @Value("${spring.datasource.url:}") String databaseUrl) {
    String issuer = issuerOrDemoDefault(configuredIssuer, databaseUrl);
    OAuth2TokenValidator<Jwt> audienceValidator =
        new JwtClaimValidator<List<String>>(
            JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience));
    JwtDecoder verifier =
        new SupplierJwtDecoder(
            () -> {
              NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
              decoder.setJwtValidator(
                  new DelegatingOAuth2TokenValidator<>(
                      JwtValidators.createDefaultWithIssuer(issuer), audienceValidator));
              return decoder;
            });
    return new CachingJwtDecoder(verifier, Clock.systemUTC());
  }

  /**
   * Fails closed: against a real database the issuer must be configured; only the embedded demo
   * trusts the local development Keycloak by default.
   */
  static String issuerOrDemoDefault(String configured, String databaseUrl) {
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    if (databaseUrl != null && !databaseUrl.isBlank()) {
      throw new IllegalStateException(
          "KEYCLOAK_ISSUER must be set when a database is configured (the realm's issuer URL)");
    }
    return DEMO_ISSUER;
  }

  static final String DEMO_ISSUER = "http://127.0.0.1:8180/realms/registry";

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(currentActor);
  }
}
