package no.followup.registry.batch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.followup.registry.batch.BatchTestDatabase;
import no.followup.registry.batch.Fixtures;
import no.followup.registry.batch.worker.BatchApplication;
import no.followup.registry.export.dataset.DatasetExporter;
import no.followup.registry.testsupport.TestDatabase;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How long response lasted, as researchers download it: six responders at one site, five relapsing
 * 10, 20, 20, 40 and 100 days after response and one still in response 60 days after. By hand
 * (Kaplan–Meier, Greenwood's limits on the log scale): 5/6 after day 10, 1/2 after day 20, 1/3
 * after day 40, 0 after day 100; the lower limit reaches one half at day 20 (0.225), the upper at
 * day 100.
 */
@SpringBootTest(
    classes = BatchApplication.class,
    properties = {
      "spring.batch.job.enabled=false",
      "spring.batch.jdbc.initialize-schema=never",
      "registry.schedules.enabled=false"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseDurationExportTest {

  private static final TestDatabase DATABASE = TestDatabase.migrated();
  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BatchTestDatabase.use(DATABASE, properties);
    properties.add("registry.export.directory", () -> "target/test-exports/" + UUID.randomUUID());
  }

  @Autowired JobOperator jobOperator;
  @Autowired Job aggregatedOutcomesExport;
  @Autowired DatasetExporter exporter;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void sixResponders() {
    Fixtures fixtures = new Fixtures(jdbc);
    for (int daysToRelapse : List.of(10, 20, 20, 40, 100)) {
      respondedOnDay20(fixtures, daysToRelapse, 25);
    }
    respondedOnDay20(fixtures, 60, 12);
  }

  /** An enrolment at OUS in response on day 20 (30 → 10), and a MADRS the given days later. */
  private static void respondedOnDay20(Fixtures fixtures, int daysLater, int madrsThen) {
    UUID enrolment = fixtures.enrol("OUS", JAN_5, null);
    fixtures.assess(enrolment, "BASELINE", JAN_5, 30);
    fixtures.assess(enrolment, "MIDWAY", JAN_5.plusDays(20), 10);
    fixtures.assess(enrolment, "MONTH_1", JAN_5.plusDays(20 + daysLater), madrsThen);
  }

  @Test
  void the_share_still_in_response_and_the_median_are_published_per_scope() throws Exception {
    String exportId = "durability";
    assertThat(
            jobOperator
                .start(
                    aggregatedOutcomesExport,
                    new JobParametersBuilder()
                        .addLocalDate("asOf", AS_OF)
                        .addString(ExportJobConfiguration.EXPORT_ID, exportId)
                        .toJobParameters())
                .getStatus())
        .isEqualTo(BatchStatus.COMPLETED);

    try (XSSFWorkbook book = new XSSFWorkbook(exporter.file(exportId).toFile())) {
      List<String> expected = List.of("6", "5", "50.0%", "33.3%", "", "", "20", "20", "100");
      assertThat(row(book, "OUS")).isEqualTo(expected);
      assertThat(row(book, "HELSE_SOR_OST")).as("the region is OUS alone").isEqualTo(expected);
      assertThat(row(book, "NATIONAL")).isEqualTo(expected);
      assertThat(row(book, "HUS"))
          .as("no responder: nothing to estimate")
          .isEqualTo(List.of("0", "0", "", "", "", "", "", "", ""));
    }
  }

  /** The response_duration row of a scope, after its level and code, as text. */
  private static List<String> row(XSSFWorkbook book, String scope) {
    DataFormatter text = new DataFormatter();
    for (Row row : book.getSheet("response_duration")) {
      if (text.formatCellValue(row.getCell(1)).equals(scope)) {
        List<String> cells = new ArrayList<>();
        for (int i = 2; i < 11; i++) {
          cells.add(text.formatCellValue(row.getCell(i)));
        }
        return cells;
      }
    }
    throw new AssertionError("no row for " + scope);
  }
}
