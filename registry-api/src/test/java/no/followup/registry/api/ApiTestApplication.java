package no.followup.registry.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The registry without its browser interface, as the API's tests start it (the runnable
 * application, with the pages, is {@code registry-app}).
 */
@SpringBootApplication(scanBasePackages = "no.followup.registry")
@ConfigurationPropertiesScan("no.followup.registry")
public class ApiTestApplication {

  public static void main(String[] args) {
    SpringApplication.run(ApiTestApplication.class, args);
  }
}
