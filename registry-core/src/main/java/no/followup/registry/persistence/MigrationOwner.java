package no.followup.registry.persistence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations run as the schema's owner ({@code REGISTRY_DB_MIGRATION_USER}), the application as a
 * login role in {@code registry_application} ({@code REGISTRY_DB_USER}), which may not rewrite the
 * audit trail (migration V17). Without a migration user both are the same user, as on the embedded
 * demo database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${registry.database.migration-user:}'.isBlank()")
class MigrationOwner {

  @Bean
  FlywayConfigurationCustomizer migrateAsOwner(
      @Value("${spring.datasource.url}") String url,
      @Value("${registry.database.migration-user}") String user,
      @Value("${registry.database.migration-password:}") String password) {
    return configuration -> configuration.dataSource(url, user, password);
  }
}
