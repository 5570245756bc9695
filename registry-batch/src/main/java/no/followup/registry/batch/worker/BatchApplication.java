package no.followup.registry.batch.worker;

import java.time.Clock;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.application.notification.Recipients;
import no.followup.registry.application.notification.SignalNotifier;
import no.followup.registry.application.record.RecordKinds;
import no.followup.registry.application.research.ResearchAccess;
import no.followup.registry.application.safety.SafetySettings;
import no.followup.registry.application.safety.SignalRaiser;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * The batch jobs on their own, without the web API: {@code java -jar registry-batch-…-exec.jar
 * --job=nationalAggregation --asOf=2026-06-30}. Exits 0 when the run completed. With {@code
 * --verify-audit} it checks the audit trail's hash chains instead (exit 0 intact, 2 broken).
 *
 * <p>Deliberately not a {@code @Configuration}: the API scans the same packages and must not pick
 * up a second application. Spring still reads the annotations here because the class is the primary
 * source when this main method starts it.
 */
@EnableAutoConfiguration
@ComponentScan({
  "no.followup.registry.batch",
  "no.followup.registry.export",
  "no.followup.registry.persistence"
})
@Import({
  RecordKinds.class,
  SignalRaiser.class,
  SignalNotifier.class,
  Recipients.class,
  AuditRecorder.class,
  ResearchAccess.class
})
@EnableConfigurationProperties(SafetySettings.class)
public class BatchApplication {

  public static void main(String[] args) {
    if (java.util.List.of(args).contains(AuditVerificationCommand.FLAG)) {
      System.exit(AuditVerificationCommand.run(start(args)));
    }
    if (java.util.List.of(args).contains(AuditVerificationCommand.ANCHOR_FLAG)) {
      System.exit(AuditVerificationCommand.anchor(start(args)));
    }
    RunRequest request = RunRequest.parse(args);
    ConfigurableApplicationContext context = start(request.springArguments());
    JobExecution execution = context.getBean(StandaloneRuns.class).runOrResume(request);
    System.exit(
        SpringApplication.exit(context, () -> execution.getStatus().isUnsuccessful() ? 1 : 0));
  }

  private static ConfigurableApplicationContext start(String[] springArguments) {
    return new SpringApplicationBuilder(BatchApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.config.name=batch-runner")
        .run(springArguments);
  }

  @Bean
  RegistryClock registryClock() {
    return new RegistryClock(Clock.systemUTC());
  }
}
