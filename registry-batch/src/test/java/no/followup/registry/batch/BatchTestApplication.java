package no.followup.registry.batch;

import java.time.Clock;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.application.safety.SafetySettings;
import no.followup.registry.application.safety.SignalRaiser;
import no.followup.registry.testsupport.TestDatabase;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The batch jobs with the persistence and rules they use, without the web application around them.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({"no.followup.registry.batch", "no.followup.registry.persistence"})
@Import({RecordKinds.class, SignalRaiser.class})
@EnableConfigurationProperties(SafetySettings.class)
public class BatchTestApplication {

  /** Points the jobs at a test database of their own. */
  public static void use(TestDatabase database, DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> database.settings().url());
    properties.add("spring.datasource.username", () -> database.settings().user());
    properties.add(
        "spring.datasource.password",
        () -> database.settings().password() == null ? "" : database.settings().password());
  }

  @Bean
  RegistryClock registryClock() {
    return new RegistryClock(Clock.systemUTC());
  }
}
