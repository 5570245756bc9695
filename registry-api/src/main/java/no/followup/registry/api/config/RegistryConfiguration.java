package no.followup.registry.api.config;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.domain.participant.Pseudonymiser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

/** Beans the core needs from the application: the clock, the pseudonymiser, strict JSON. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

  private static final Logger log = LoggerFactory.getLogger(RegistryConfiguration.class);

  @Bean
  RegistryClock registryClock() {
    return new RegistryClock(Clock.systemUTC());
  }

  /**
   * Without a configured key the registry only starts on its embedded (temporary) database, with a
   * random key that dies with the data; against a real database a missing key stops the start.
   */
  @Bean
  Pseudonymiser pseudonymiser(PseudonymSettings settings, Environment environment) {
    if (settings.key() != null && !settings.key().isBlank()) {
      return new Pseudonymiser(Base64.getDecoder().decode(settings.key().strip()));
    }
    String databaseUrl = environment.getProperty("spring.datasource.url");
    if (databaseUrl != null && !databaseUrl.isBlank()) {
      throw new IllegalStateException(
          "REGISTRY_PSEUDONYM_KEY must be set (base64, at least 32 bytes) when a database is configured");
    }
    log.warn(
        "No REGISTRY_PSEUDONYM_KEY set: using a random key for this run of the embedded database");
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new Pseudonymiser(key);
  }

  /** Unknown fields and duplicated keys are errors: a typo must not silently drop a value. */
  @Bean
  JsonMapperBuilderCustomizer strictJson() {
    return builder ->
        builder
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }
}
