package no.followup.registry.batch.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.followup.registry.application.audit.AuditEntry;
import no.followup.registry.application.audit.AuditTrail;
import no.followup.registry.batch.BatchTestDatabase;
import no.followup.registry.testsupport.ChildProcesses;
import no.followup.registry.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator's command {@code --verify-audit}: exit 0 on an intact trail, exit 2 naming the row
 * after someone changed it in SQL behind the application's back.
 */
@SpringBootTest(
    classes = BatchApplication.class,
    properties = {
      "spring.batch.job.enabled=false",
      "spring.batch.jdbc.initialize-schema=never",
      "registry.schedules.enabled=false"
    })
class AuditVerificationCommandTest {

  private static final TestDatabase DATABASE = TestDatabase.migrated();
  private static final Path ANCHORS =
      Path.of("target", "audit-anchors-" + UUID.randomUUID() + ".jsonl").toAbsolutePath();
  private static final String ANCHOR_KEY =
      java.util.Base64.getEncoder()
          .encodeToString("the worker's audit anchor key, 32 bytes".getBytes());

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BatchTestDatabase.use(DATABASE, properties);
  }

  @Autowired AuditTrail trail;
  @Autowired JdbcClient jdbc;

  @Test
  void exits_0_on_an_intact_trail_and_2_naming_the_row_altered_in_sql() throws Exception {
    trail.append(List.of(entry("CREATE"), entry("CORRECT"), entry("READ")));
    String chain =
        jdbc.sql("SELECT DISTINCT chain_key FROM audit_event WHERE chain_key LIKE 'UNN:%'")
            .query(String.class)
            .single();

    assertThat(run("anchor", AuditVerificationCommand.ANCHOR_FLAG)).isZero();
    assertThat(Files.readAllLines(ANCHORS)).hasSize(1);
    assertThat(verify("intact")).isZero();
    assertThat(Files.readString(Path.of("target", "audit-intact.log")))
        .contains("audit trail intact: 3 rows checked, latest anchor 20");

    jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete").update();
    jdbc.sql(
            "UPDATE audit_event SET new_value = '{\"doseMgPerKg\":0.9}' WHERE chain_key = ? AND seq = 2")
        .param(chain)
        .update();
    jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete").update();

    assertThat(verify("broken")).isEqualTo(AuditVerificationCommand.BROKEN);
    assertThat(Files.readString(Path.of("target", "audit-broken.log")))
        .contains("audit trail BROKEN at chain " + chain + " row 2");
  }

  private static int verify(String log) throws Exception {
    return run(log, AuditVerificationCommand.FLAG);
  }

  private static int run(String log, String command) throws Exception {
    Process process =
        new ProcessBuilder(
                ChildProcesses.java(),
                "-cp",
                ChildProcesses.mainClassPath(),
                BatchApplication.class.getName(),
                command,
                "--registry.audit.anchor-key=" + ANCHOR_KEY,
                "--registry.audit.anchor-file=" + ANCHORS,
                "--registry.export.release-key=" + ANCHOR_KEY,
                "--spring.datasource.url=" + DATABASE.settings().url(),
                "--spring.datasource.username=" + DATABASE.settings().user(),
                "--spring.datasource.password=" + DATABASE.settings().passwordOrEmpty())
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target", "audit-" + log + ".log").toFile())
            .start();
    return process.waitFor();
  }

  private static AuditEntry entry(String action) {
    return new AuditEntry(
        Instant.now(),
        "staff.unn",
        "UNN",
        action,
        "infusion",
        UUID.randomUUID().toString(),
        UUID.randomUUID(),
        "care",
        null,
        null,
        "{\"doseMgPerKg\":0.4}");
  }
}
