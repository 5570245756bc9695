package no.followup.registry.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.followup.registry.cohort.CohortDemo;
import no.followup.registry.cohort.SyntheticCohort;
import no.followup.registry.testsupport.TestDatabase;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Bulk submission through the API (validation, pseudonymisation, idempotency, audit and signals
 * included) against a raw PostgreSQL COPY of the same rows into the same tables of an empty
 * database.
 */
final class IngestBench {

  /** The clinical tables the submissions fill, in foreign-key order. */
  private static final List<String> TABLES =
      List.of("participant", "enrolment", "infusion", "assessment", "adverse_event", "lab_result");

  record Result(
      int participants, long records, double apiSeconds, long copiedRows, double copySeconds) {}

  private IngestBench() {}

  static Result run(RunningRegistry registry, int participants, long seed) throws Exception {
    SyntheticCohort cohort = new SyntheticCohort(seed, participants, LocalDate.now().minusDays(1));
    long start = System.nanoTime();
    CohortDemo.Totals totals = new CohortDemo(registry.url(), registry.keycloakUrl()).load(cohort);
    double apiSeconds = (System.nanoTime() - start) / 1e9;
    if (totals.rejected() > 0) {
      throw new IllegalStateException(totals.rejected() + " records were rejected");
    }
    Map<String, byte[]> rows = new LinkedHashMap<>();
    try (Connection source = registry.database.dataSource().getConnection()) {
      CopyManager copy = source.unwrap(PGConnection.class).getCopyAPI();
      for (String table : TABLES) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out);
        rows.put(table, out.toByteArray());
      }
    }
    TestDatabase empty = TestDatabase.migrated();
    long copied = 0;
    try (Connection target = empty.dataSource().getConnection()) {
      CopyManager copy = target.unwrap(PGConnection.class).getCopyAPI();
      long copyStart = System.nanoTime();
      for (Map.Entry<String, byte[]> table : rows.entrySet()) {
        copied +=
            copy.copyIn(
                "COPY " + table.getKey() + " FROM STDIN (FORMAT binary)",
                new ByteArrayInputStream(table.getValue()));
      }
      double copySeconds = (System.nanoTime() - copyStart) / 1e9;
      return new Result(participants, totals.accepted(), apiSeconds, copied, copySeconds);
    }
  }
}
