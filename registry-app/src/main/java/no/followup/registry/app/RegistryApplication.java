package no.followup.registry.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The follow-up registry: the secured API at {@code /api/v1} and the browser interface at {@code
 * /}, with the batch jobs and exports they start, on one port.
 */
@SpringBootApplication(scanBasePackages = "no.followup.registry")
@ConfigurationPropertiesScan("no.followup.registry")
public class RegistryApplication {

  public static void main(String[] args) {
    SpringApplication.run(RegistryApplication.class, args);
  }
}
