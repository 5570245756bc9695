package no.followup.registry.batch;

import no.followup.registry.testsupport.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the batch application under test at a test database of its own. */
public final class BatchTestDatabase {

  private BatchTestDatabase() {}

  public static void use(TestDatabase database, DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> database.settings().url());
    properties.add("spring.datasource.username", () -> database.settings().user());
    properties.add("spring.datasource.password", () -> database.settings().passwordOrEmpty());
    // As the API and the worker run (application.yaml, batch-runner.yaml).
    properties.add("spring.batch.jdbc.isolation-level-for-create", () -> "read-committed");
    properties.add(
        "registry.export.release-key",
        () ->
            java.util.Base64.getEncoder()
                .encodeToString("the batch tests' release key, 32 bytes".getBytes()));
  }
}
