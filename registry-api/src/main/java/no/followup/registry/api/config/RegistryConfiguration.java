package no.followup.registry.api.config;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.audit.AnchorLog;
import no.followup.registry.application.audit.AuditAnchors;
import no.followup.registry.application.audit.AuditTrail;
import no.followup.registry.application.participant.NationalIdPolicy;
import no.followup.registry.domain.participant.Pseudonymiser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.type.LogicalType;

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
    return new Pseudonymiser(keyOrRandom(settings.key(), "REGISTRY_PSEUDONYM_KEY", environment));
  }

  /**
   * Test numbers (synthetic, H-numbers) are taken on the embedded demo database and refused against
   * a real one, unless {@code registry.identity.accept-test-numbers} says otherwise.
   */
  @Bean
  NationalIdPolicy nationalIdPolicy(
      @Value("${registry.identity.accept-test-numbers:}") String acceptTestNumbers,
      Environment environment) {
    return new NationalIdPolicy(
        acceptTestNumbers.isBlank()
            ? onEmbeddedDatabase(environment)
            : Boolean.parseBoolean(acceptTestNumbers.strip()));
  }

  /**
   * The audit anchors' key ({@code REGISTRY_AUDIT_ANCHOR_KEY}, base64, at least 32 bytes) lives
   * outside the database like the pseudonym key; a random one only on the embedded database.
   */
  @Bean
  AuditAnchors auditAnchors(
      AuditTrail trail,
      AnchorLog anchorLog,
      @Value("${registry.audit.anchor-key:}") String key,
      Environment environment) {
    return new AuditAnchors(
        trail, anchorLog, keyOrRandom(key, "REGISTRY_AUDIT_ANCHOR_KEY", environment));
  }

  private static byte[] keyOrRandom(String base64, String variable, Environment environment) {
    if (base64 != null && !base64.isBlank()) {
      return Base64.getDecoder().decode(base64.strip());
    }
    if (!onEmbeddedDatabase(environment)) {
      throw new IllegalStateException(
          variable + " must be set (base64, at least 32 bytes) when a database is configured");
    }
    log.warn("No {} set: using a random key for this run of the embedded database", variable);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  static boolean onEmbeddedDatabase(Environment environment) {
    String databaseUrl = environment.getProperty("spring.datasource.url");
    return databaseUrl == null || databaseUrl.isBlank();
  }

  /**
   * Unknown fields, duplicated keys, fractions for whole numbers, text for numbers, numbers for
   * codes, text or yes/no, and dates in any shape but YYYY-MM-DD are errors, as the published
   * contract says: a typo must not silently drop a value, a score of -0.5 must not be stored as 0,
   * and {@code "drug": 0} must not pick the first drug by its position in a Java enum.
   */
  @Bean
  JsonMapperBuilderCustomizer strictJson() {
    return builder ->
        builder
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .withCoercionConfigDefaults(
                coercion ->
                    coercion
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, RegistryConfiguration::onlyInItsOwnShape)
            .withCoercionConfig(LogicalType.Boolean, RegistryConfiguration::onlyInItsOwnShape)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(IsoDatesOnly.module());
  }

  private static void onlyInItsOwnShape(MutableCoercionConfig coercion) {
    coercion
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
  }
}
