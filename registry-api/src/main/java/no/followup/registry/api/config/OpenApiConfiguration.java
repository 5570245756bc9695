package no.followup.registry.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: every call takes a Keycloak bearer token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI registryOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Follow-up Registry API")
                .version("v1")
                .description(
                    "Sites submit what happens to their patients; coordinators read all sites. Every POST takes an"
                        + " Idempotency-Key; corrections take If-Match and a reason; errors are RFC 9457 problem+json."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "keycloak",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList("keycloak"));
  }
}
