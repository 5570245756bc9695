package no.followup.registry.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The follow-up registry: the secured API, with the batch jobs and exports it starts. */
@SpringBootApplication(scanBasePackages = "no.followup.registry")
@ConfigurationPropertiesScan("no.followup.registry")
public class RegistryApplication {

  public static void main(String[] args) {
    SpringApplication.run(RegistryApplication.class, args);
  }
}
