package no.followup.registry.api.contract;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import no.followup.registry.application.access.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document at {@code /v3/api-docs}, committed as {@code docs/openapi.json}: every call
 * takes a token from the registry's Keycloak realm, by the authorization-code flow with PKCE (a
 * person, Swagger UI's Authorize) or client credentials (a hospital system).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static {
    // The caller comes from the token, never from the request.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    // springdoc knows Jackson 2's tree, not Jackson 3's: a JsonNode field is any JSON object.
    SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new ObjectSchema());
  }

  @Bean
  OpenAPI registryOpenApi(
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
      @Value("${registry.api-docs.contact-email}") String contactEmail) {
    String realm = issuer.isBlank() ? "http://127.0.0.1:8180/realms/registry" : issuer;
    return new OpenAPI()
        .info(
            new Info()
                .title("Follow-up Registry API")
                .version("v1")
                .description(
                    "Sites submit what happens to their patients and see only their own;"
                        + " coordinators read all sites. Every POST takes an Idempotency-Key;"
                        + " corrections take If-Match and a reason; every error is RFC 9457"
                        + " problem+json naming the field and the rule, and nothing of a refused"
                        + " request is stored.")
                .contact(new Contact().name("The registry's coordinators").email(contactEmail))
                .license(
                    new License()
                        .name(
                            "Health data under the Health Registers Act (helseregisterloven):"
                                + " for the registry's sites and approved projects only")
                        .url("https://lovdata.no/dokument/NL/lov/2014-06-20-43")))
        .servers(List.of(new Server().url("/").description("This registry")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "keycloak",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description(
                            "Keycloak: people sign in (authorization code with PKCE); hospital"
                                + " systems use their client credentials.")
                        .flows(
                            new OAuthFlows()
                                .authorizationCode(
                                    new OAuthFlow()
                                        .authorizationUrl(realm + "/protocol/openid-connect/auth")
                                        .tokenUrl(realm + "/protocol/openid-connect/token")
                                        .scopes(new Scopes()))
                                .clientCredentials(
                                    new OAuthFlow()
                                        .tokenUrl(realm + "/protocol/openid-connect/token")
                                        .scopes(new Scopes())))))
        .addSecurityItem(new SecurityRequirement().addList("keycloak"));
  }
}
