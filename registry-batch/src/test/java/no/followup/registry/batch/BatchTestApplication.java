package no.followup.registry.batch;

import java.time.Clock;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.application.safety.SafetySettings;
import no.followup.registry.application.safety.SignalRaiser;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * The batch jobs with the persistence and rules they use, without the web application around them.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({"no.followup.registry.batch", "no.followup.registry.persistence"})
@Import({RecordKinds.class, SignalRaiser.class})
@EnableConfigurationProperties(SafetySettings.class)
public class BatchTestApplication {

  @Bean
  RegistryClock registryClock() {
    return new RegistryClock(Clock.systemUTC());
  }
}
