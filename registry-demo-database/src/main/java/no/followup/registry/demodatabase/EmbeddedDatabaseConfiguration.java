package no.followup.registry.demodatabase;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no database URL is configured, so the registry runs on a fresh
 * machine with nothing but Java. Its data lives in a temporary directory and is gone when the
 * application stops: it is for the demo and development, never for patient data. A production build
 * ({@code -Dproduction}) leaves this module out: without a database URL, the start fails.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    log.warn(
        "No REGISTRY_DB_URL set: using an embedded PostgreSQL on port {} (data is temporary)",
        postgres.getPort());
    return postgres;
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(20);
    // As configured for a real database in application.yaml.
    dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
    return dataSource;
  }
}
