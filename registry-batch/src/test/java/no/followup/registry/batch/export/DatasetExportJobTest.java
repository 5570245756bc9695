package no.followup.registry.batch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.followup.registry.application.export.Datasets;
import no.followup.registry.batch.BatchTestDatabase;
import no.followup.registry.batch.Fixtures;
import no.followup.registry.batch.worker.BatchApplication;
import no.followup.registry.export.dataset.CodebookSheet;
import no.followup.registry.export.dataset.DatasetDescription;
import no.followup.registry.export.dataset.DatasetExporter;
import no.followup.registry.export.excel.Column;
import no.followup.registry.testsupport.TestDatabase;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The export jobs' files read back with POI: what the sheets hold, the sheet split (two rows per
 * sheet here), the absence of every identifier, the leaving out of withdrawn participants, and
 * small counts suppressed.
 */
@SpringBootTest(
    classes = BatchApplication.class,
    properties = {
      "spring.batch.job.enabled=false",
      "spring.batch.jdbc.initialize-schema=never",
      "registry.schedules.enabled=false",
      "registry.export.max-rows-per-sheet=2"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetExportJobTest {

  private static final TestDatabase DATABASE = TestDatabase.migrated();
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
  private static final Pattern UUID_PATTERN =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BatchTestDatabase.use(DATABASE, properties);
    properties.add("registry.export.directory", () -> "target/test-exports/" + UUID.randomUUID());
  }

  @Autowired JobOperator jobOperator;
  @Autowired Job evaluation2028Export;
  @Autowired Job aggregatedOutcomesExport;
  @Autowired Job followUpCompleteness;
  @Autowired DatasetExporter exporter;
  @Autowired JdbcClient jdbc;
  private final List<String> internalIds = new ArrayList<>();

  @BeforeAll
  void fixture() {
    Fixtures fixtures = new Fixtures(jdbc);
    UUID kept = fixtures.enrol("OUS", JAN_5, null);
    fixtures.assess(kept, "BASELINE", JAN_5, 31);
    fixtures.assess(kept, "MIDWAY", JAN_5.plusDays(10), 22);
    // A response at day 20 (31 → 12), a relapse at day 50 (25: no longer a response, at least 22).
    fixtures.assess(kept, "END_OF_INDUCTION", JAN_5.plusDays(20), 12);
    fixtures.assess(kept, "MONTH_1", JAN_5.plusDays(50), 25);
    fixtures.infusion(kept, JAN_5, 0.5);
    fixtures.infusion(kept, JAN_5.plusDays(3), 0.5);
    fixtures.infusion(kept, JAN_5.plusDays(7), 0.55);
    fixtures.infusion(kept, LocalDate.of(2026, 3, 10), 0.5); // after the as-of date
    // Maintenance from day 40, with a booster on day 42.
    fixtures.nextEpisode(kept, "MAINTENANCE", JAN_5.plusDays(40));
    fixtures.infusion(kept, JAN_5.plusDays(42), 0.5);
    fixtures.adverseEvent(kept, JAN_5.plusDays(3), "NAUSEA", false, 1, false);
    jdbc.sql(
            """
            UPDATE enrolment SET eligibility_antidepressant_trials = 5, eligibility_prior_ect = true,
                   eligibility_substance_use = 'PAST', eligibility_benzodiazepines = true,
                   eligibility_opioids = false, eligibility_other_sedatives = false,
                   eligibility_contraindications_checked = true, eligibility_systolic = 138,
                   eligibility_diastolic = 86
            WHERE id = ?
            """)
        .param(kept)
        .update();
    jdbc.sql(
            """
            INSERT INTO assessment (id, enrolment_id, site_code, participant_id, assessment_date, visit_code,
                                    instrument, total_score, items)
            SELECT gen_random_uuid(), e.id, e.site_code, e.participant_id, ?, 'MIDWAY', 'PHQ9', 9,
                   ARRAY[1, 1, 1, 1, 1, 1, 1, 2, 0]
            FROM enrolment e WHERE e.id = ?
            """)
        .params(JAN_5.plusDays(10), kept)
        .update();
    jdbc.sql(
            """
            INSERT INTO assessment (id, enrolment_id, site_code, participant_id, assessment_date, visit_code,
                                    instrument, total_score, items)
            SELECT gen_random_uuid(), e.id, e.site_code, e.participant_id, ?, 'MONTH_1', 'URINARY', 4,
                   ARRAY[1, 1, 2, 0, 0, 0]
            FROM enrolment e WHERE e.id = ?
            """)
        .params(JAN_5.plusDays(50), kept)
        .update();
    UUID withdrawn = fixtures.enrol("HUS", JAN_5, JAN_5.plusDays(20));
    fixtures.assess(withdrawn, "BASELINE", JAN_5, 40);
    fixtures.infusion(withdrawn, JAN_5, 0.5);
    for (String site : List.of("STO", "UNN", "SUS", "OUS", "SOHF")) {
      for (int i = 0; i < 12; i++) {
        fixtures.enrol(site, JAN_5, null);
      }
    }
    jdbc.sql(
            "SELECT id::text FROM enrolment UNION ALL SELECT id::text FROM participant UNION ALL SELECT pseudonym FROM participant")
        .query(String.class)
        .list()
        .forEach(internalIds::add);
  }

  @Test
  void the_2028_package_holds_days_and_release_pseudonyms_only_and_leaves_withdrawn_people_out()
      throws Exception {
    String exportId = export(evaluation2028Export, "release-a");

    try (XSSFWorkbook book = new XSSFWorkbook(exporter.file(exportId).toFile())) {
      assertThat(sheetNames(book))
          .startsWith("README", "codebook", "participants", "participants_2")
          .contains("participants_31", "infusions", "infusions_2", "assessments", "adverse_events")
          .doesNotContain("participants_32", "infusions_3")
          .endsWith("lab_results");
      List<List<String>> infusions = rows(book, "infusions", "infusions_2");
      assertThat(infusions).extracting(r -> r.get(2)).containsExactly("0", "3", "7", "42");
      String participant = infusions.get(0).get(0);
      assertThat(allRows(book, "treatment_episodes"))
          .filteredOn(r -> r.get(0).equals(participant))
          .as(
              "the induction until the day before maintenance began, each with its sessions and"
                  + " its course of response: the induction's own, maintenance measured against"
                  + " the induction's baseline and not (yet) in response")
          .extracting(r -> String.join(" ", r.subList(2, r.size())).strip())
          .containsExactly("1 INDUCTION 0 39  3 31 20 50 50", "2 MAINTENANCE 40   1 31");
      assertThat(allRows(book, "treatment_episodes"))
          .as("every released enrolment has its induction")
          .hasSize(62);
      assertThat(rows(book, "assessments")).extracting(r -> r.get(0)).containsOnly(participant);
      assertThat(allRows(book, "participants"))
          .as("61 enrolments released, the withdrawn one left out")
          .hasSize(61)
          .extracting(r -> r.get(0))
          .contains(participant);
      assertThat(rows(book, "adverse_events")).hasSize(1);
      List<String> participantsHeader = header(book.getSheet("participants"));
      List<String> responded =
          allRows(book, "participants").stream()
              .filter(r -> r.get(0).equals(participant))
              .findFirst()
              .orElseThrow();
      assertThat(
              Stream.of("response_day", "relapse_day", "last_madrs_day")
                  .map(column -> responded.get(participantsHeader.indexOf(column)))
                  .toList())
          .as("the course of response, as the national aggregation counts it")
          .containsExactly("20", "50", "50");
      assertThat(
              Stream.of(
                      "antidepressant_trials",
                      "prior_ect",
                      "substance_use",
                      "benzodiazepines",
                      "opioids",
                      "other_sedatives",
                      "pre_assessment_systolic",
                      "pre_assessment_diastolic")
                  .map(column -> responded.get(participantsHeader.indexOf(column)))
                  .toList())
          .as("the pre-assessment, coded")
          .containsExactly("5", "TRUE", "PAST", "TRUE", "FALSE", "FALSE", "138", "86");
      List<String> header = header(book.getSheet("participants"));
      Map<List<String>, Set<String>> classes = new HashMap<>();
      for (List<String> row : allRows(book, "participants")) {
        List<String> quasi =
            Stream.of("health_region", "site_type", "sex", "age_band", "indication")
                .map(column -> row.get(header.indexOf(column)))
                .toList();
        if (!quasi.stream().allMatch("*"::equals)) {
          classes.computeIfAbsent(quasi, q -> new HashSet<>()).add(row.get(0));
        }
      }
      assertThat(classes.values())
          .as("every combination of the quasi-identifiers holds five people or more")
          .allSatisfy(people -> assertThat(people).hasSizeGreaterThanOrEqualTo(5));
      assertThat(header.indexOf("health_region")).isPositive();
      assertThat(rows(book, "README"))
          .anySatisfy(
              fact ->
                  assertThat(String.join(" ", fact))
                      .contains("k-anonymity", "k = 5 over site_type, indication, health_region"));
      for (Sheet sheet : book) {
        if (List.of("README", "codebook").contains(sheet.getSheetName())) {
          continue;
        }
        for (List<String> row : rows(book, sheet.getSheetName())) {
          for (String value : row) {
            assertThat(value).doesNotContainPattern(UUID_PATTERN).doesNotContainPattern(DATE);
            assertThat(internalIds).doesNotContain(value);
          }
        }
      }
    }
    String nextRelease = export(evaluation2028Export, "release-b");
    try (XSSFWorkbook first = new XSSFWorkbook(exporter.file(exportId).toFile());
        XSSFWorkbook second = new XSSFWorkbook(exporter.file(nextRelease).toFile())) {
      assertThat(rows(second, "infusions").get(0).get(0))
          .as("two releases cannot be joined on the pseudonym")
          .isNotEqualTo(rows(first, "infusions").get(0).get(0));
    }
  }

  @Test
  void every_coded_value_is_one_its_codebook_lists_and_items_have_a_column_each() throws Exception {
    String exportId = export(evaluation2028Export, "release-codes");

    try (XSSFWorkbook book = new XSSFWorkbook(exporter.file(exportId).toFile())) {
      int coded = 0;
      for (CodebookSheet sheet : DatasetDescription.named(Datasets.EVALUATION_2028).codebook()) {
        List<Column> columns = sheet.columns();
        for (List<String> row : allRows(book, sheet.sheet())) {
          for (int c = 0; c < columns.size(); c++) {
            List<String> codes = columns.get(c).codes();
            String value = c < row.size() ? row.get(c) : "";
            if (!codes.isEmpty() && !value.isEmpty()) {
              assertThat(codes).as(sheet.sheet() + "." + columns.get(c).name()).contains(value);
              coded++;
            }
          }
        }
      }
      assertThat(coded).as("coded values were checked").isGreaterThan(100);
      List<String> header = header(book.getSheet("assessments"));
      List<String> phq9 =
          allRows(book, "assessments").stream()
              .filter(r -> r.get(header.indexOf("instrument")).equals("PHQ9"))
              .findFirst()
              .orElseThrow();
      assertThat(phq9.get(header.indexOf("phq9_item_8"))).isEqualTo("2");
      assertThat(phq9.get(header.indexOf("phq9_item_9"))).isEqualTo("0");
      assertThat(phq9.get(header.indexOf("madrs_item_1"))).as("not a MADRS").isEmpty();
      List<String> urinary =
          allRows(book, "assessments").stream()
              .filter(r -> r.get(header.indexOf("instrument")).equals("URINARY"))
              .findFirst()
              .orElseThrow();
      assertThat(
              Stream.of("total_score", "urinary_item_1", "urinary_item_3", "urinary_item_6")
                  .map(column -> urinary.get(header.indexOf(column)))
                  .toList())
          .as("the urinary questionnaire's items released like MADRS and PHQ-9's")
          .containsExactly("4", "1", "2", "0");
      assertThat(urinary.get(header.indexOf("episode"))).isEqualTo("1");
    }
  }

  /**
   * The CSV zip of a release, read by R with the release's own script, holds every value of the
   * Excel file of the same release, table by table, cell by cell; the Stata and SPSS syntax name
   * every table and column, and label every code.
   */
  @Test
  void the_csv_release_read_by_r_agrees_with_the_excel_file_value_by_value() throws Exception {
    String exportId = export(evaluation2028Export, "release-csv");
    Path unpacked = Files.createTempDirectory("release-csv");
    List<String> entries = unzip(exporter.csvFile(exportId), unpacked);
    assertThat(entries)
        .contains(
            "participants.csv",
            "infusions.csv",
            "assessments.csv",
            "adverse_events.csv",
            "lab_results.csv",
            "codebook.csv",
            "README.txt",
            "read_release.R",
            "read_release.do",
            "read_release.sps");

    Process r =
        new ProcessBuilder(
                "Rscript",
                "-e",
                "source('read_release.R'); for (t in release_tables) write.table(get(t),"
                    + " paste0(t, '.r.tsv'), sep = '\\t', quote = FALSE, na = '', row.names ="
                    + " FALSE, fileEncoding = 'UTF-8')")
            .directory(unpacked.toFile())
            .redirectErrorStream(true)
            .start();
    String rOutput = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(r.waitFor()).as("R reading the release: " + rOutput).isZero();

    String stata = Files.readString(unpacked.resolve("read_release.do"));
    String spss = Files.readString(unpacked.resolve("read_release.sps"));
    try (XSSFWorkbook book = new XSSFWorkbook(exporter.file(exportId).toFile())) {
      int compared = 0;
      for (String table :
          List.of(
              "participants",
              "treatment_episodes",
              "infusions",
              "assessments",
              "adverse_events",
              "lab_results")) {
        List<String> header = header(book.getSheet(table));
        List<String> fromR = Files.readAllLines(unpacked.resolve(table + ".r.tsv"));
        assertThat(List.of(fromR.get(0).split("\t", -1))).as(table).isEqualTo(header);
        List<List<String>> excel = rawRows(book, table);
        assertThat(fromR).as(table + " rows").hasSize(excel.size() + 1);
        for (int row = 0; row < excel.size(); row++) {
          List<String> rValues = List.of(fromR.get(row + 1).split("\t", -1));
          for (int c = 0; c < header.size(); c++) {
            String inExcel = c < excel.get(row).size() ? excel.get(row).get(c) : "";
            assertThat(sameValue(inExcel, rValues.get(c)))
                .as(
                    "%s row %d %s: Excel %s, R %s",
                    table, row + 1, header.get(c), inExcel, rValues.get(c))
                .isTrue();
            compared++;
          }
        }
        assertThat(stata)
            .contains("import delimited using \"" + table + ".csv\"", "save \"" + table + ".dta\"");
        assertThat(spss).contains("/FILE='" + table + ".csv'", "SAVE OUTFILE='" + table + ".sav'");
        for (String column : header) {
          assertThat(stata).contains("label variable " + column + " ");
          assertThat(spss).containsPattern("(?m)^    " + column + " (A\\d+|F\\d+\\.\\d)$");
        }
      }
      assertThat(compared).isGreaterThan(500);
      for (CodebookSheet sheet : DatasetDescription.named(Datasets.EVALUATION_2028).codebook()) {
        for (Column column : sheet.columns()) {
          if (!column.codes().isEmpty()) {
            assertThat(stata)
                .contains(
                    "label define " + column.name() + " 1 `\"" + column.codes().get(0) + "\"'",
                    "encode " + column.name() + ", generate(" + column.name() + "__c)");
          }
        }
      }
      String excelChecksum =
          rows(book, "README").stream()
              .filter(fact -> fact.get(0).startsWith("data checksum"))
              .findFirst()
              .orElseThrow()
              .get(1);
      assertThat(Files.readString(unpacked.resolve("README.txt")))
          .as("one release, one checksum over its values")
          .contains(excelChecksum);
    }
  }

  @Test
  void a_row_level_release_without_its_project_fails_and_leaves_no_file() throws Exception {
    JobExecution execution =
        jobOperator.start(
            evaluation2028Export,
            new JobParametersBuilder()
                .addLocalDate("asOf", AS_OF)
                .addString(ExportJobConfiguration.EXPORT_ID, "no-project")
                .toJobParameters());

    assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(
            jdbc.sql("SELECT status FROM dataset_export WHERE id = 'no-project'")
                .query(String.class)
                .single())
        .isEqualTo("FAILED");
    assertThat(exporter.file("no-project")).doesNotExist();
  }

  @Test
  void the_aggregated_dataset_publishes_no_small_count_and_says_why_cells_are_hidden()
      throws Exception {
    JobExecution completeness =
        jobOperator.start(
            followUpCompleteness,
            new JobParametersBuilder().addLocalDate("asOf", AS_OF).toJobParameters());
    assertThat(completeness.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    String exportId = export(aggregatedOutcomesExport, "aggregated-a");

    try (XSSFWorkbook book = new XSSFWorkbook(exporter.file(exportId).toFile())) {
      assertThat(sheetNames(book))
          .startsWith("README", "codebook", "charts")
          .contains(
              "cohort",
              "outcomes",
              "adverse_events",
              "treatment_course",
              "response_duration",
              "response_by_episode_kind",
              "completeness");
      assertThat(
              allRows(book, "response_by_episode_kind").stream()
                  .filter(r -> r.get(1).equals("NATIONAL") && r.get(2).equals("INDUCTION"))
                  .map(r -> String.join(" ", r.subList(2, r.size())))
                  .toList())
          .as("the induction's one responder, who relapsed: counts small, its figures hidden")
          .containsExactly(
              "INDUCTION <5 <5 suppressed suppressed suppressed suppressed suppressed");
      assertThat(scope(allRows(book, "response_duration"), "NATIONAL").subList(2, 11))
          .as("one responder, who relapsed: counts small, every estimate from them hidden")
          .containsExactly(
              "<5",
              "<5",
              "suppressed",
              "suppressed",
              "suppressed",
              "suppressed",
              "suppressed",
              "suppressed",
              "suppressed");
      List<List<String>> course = allRows(book, "treatment_course");
      assertThat(
              course.stream()
                  .filter(r -> r.get(1).equals("NATIONAL"))
                  .map(r -> String.join(" ", r.subList(2, r.size())))
                  .toList())
          .as(
              "every enrolment's induction: 60 × 56 days to the date, 40 days to maintenance, 21"
                  + " to the withdrawal = 3,421 days; sessions and maintenance too few to publish")
          .containsExactly(
              "INDUCTION 62 62 112.40 <5 suppressed",
              "MAINTENANCE <5 <5 suppressed <5 suppressed",
              "RETREATMENT 0 0 0.00 0");
      assertThat(scope(allRows(book, "completeness"), "UNN").subList(2, 7))
          .as("12 enrolments at UNN, none assessed: every visit whose window closed is missing")
          .satisfies(row -> assertThat(row.get(1)).as("received").isEqualTo("0"))
          .satisfies(row -> assertThat(row.get(4)).isEqualTo("0.0%"));
      List<List<String>> cohort = allRows(book, "cohort");
      for (String site : List.of("OUS", "HUS", "SUS", "STO")) {
        assertThat(scope(course, site).get(3))
            .as("%s: inductions are the enrolments, published or hidden alike", site)
            .isEqualTo(scope(cohort, site).get(2));
      }
      assertThat(cohort.get(0).subList(0, 2)).containsExactly("NATIONAL", "NATIONAL");
      assertThat(cohort.stream().flatMap(r -> r.subList(2, r.size()).stream()))
          .as("suppression hides what it must, not everything")
          .anyMatch(value -> value.matches("[1-9]\\d*"))
          .contains("suppressed");
      assertThat(scope(cohort, "NATIONAL").subList(2, 4)).containsExactly("62", "61");
      assertThat(scope(cohort, "STO").get(2))
          .as("12 enrolments at STO are published")
          .isEqualTo("12");
      assertThat(scope(cohort, "HUS").subList(2, 5))
          .as("HUS: 1 enrolled, withdrawn, hidden as small; 0 active published")
          .containsExactly("<5", "0", "<5");
      assertThat(scope(cohort, "SUS").get(2))
          .as("SUS enrolled hidden, or HUS enrolled = region − SUS")
          .isEqualTo("suppressed");
      assertThat(scope(cohort, "OUS").get(8))
          .as("infusions per participant from hidden counts")
          .isEqualTo("suppressed");
      // Where the counts start: after level and scope, the visit, or the term and grade.
      Map<String, Integer> firstCount =
          Map.of(
              "cohort",
              2,
              "outcomes",
              3,
              "adverse_events",
              4,
              "treatment_course",
              3,
              "completeness",
              2);
      firstCount.forEach(
          (sheet, first) -> {
            for (List<String> row : allRows(book, sheet)) {
              for (String value : row.subList(first, row.size())) {
                if (value.matches("\\d+")) {
                  long n = Long.parseLong(value);
                  assertThat(n == 0 || n >= 5)
                      .as("%s published %s in %s", sheet, value, row)
                      .isTrue();
                }
              }
            }
          });
      assertThat(rows(book, "README").stream().map(r -> r.get(0)))
          .contains(
              "suppression threshold",
              "aggregation run",
              "follow-up completeness run",
              "data checksum (SHA-256 of all values in order)");
      chartsDrawPublishedCells(book);
    }
  }

  /**
   * The charts: MADRS, response and remission over the nation's visits, completeness over the
   * sites; each series references those rows' cells, and its cached points are their numbers (a
   * hidden cell, text, has none).
   */
  private static void chartsDrawPublishedCells(XSSFWorkbook book) {
    List<XSSFChart> charts = book.getSheet("charts").getDrawingPatriarch().getCharts();
    assertThat(charts).hasSize(3);
    List<String> scopesDrawn = new ArrayList<>();
    for (XSSFChart chart : charts) {
      for (CTBarSer series : chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray()) {
        AreaReference values =
            new AreaReference(series.getVal().getNumRef().getF(), SpreadsheetVersion.EXCEL2007);
        Sheet sheet = book.getSheet(values.getFirstCell().getSheetName());
        Map<Long, String> cached = new java.util.TreeMap<>();
        series
            .getVal()
            .getNumRef()
            .getNumCache()
            .getPtList()
            .forEach(p -> cached.put(p.getIdx(), p.getV()));
        CellReference[] cells = values.getAllReferencedCells();
        for (int i = 0; i < cells.length; i++) {
          Row row = sheet.getRow(cells[i].getRow());
          scopesDrawn.add(sheet.getSheetName() + ":" + row.getCell(1).getStringCellValue());
          Cell cell = row.getCell(cells[i].getCol());
          if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            assertThat(Double.parseDouble(cached.get((long) i)))
                .isEqualTo(cell.getNumericCellValue());
          } else {
            assertThat(cached).doesNotContainKey((long) i);
          }
        }
      }
    }
    assertThat(scopesDrawn)
        .contains("outcomes:NATIONAL", "completeness:UNN", "completeness:HUS")
        .doesNotContain("outcomes:OUS", "completeness:NATIONAL");
  }

  private String export(Job job, String exportId) throws Exception {
    if (job == evaluation2028Export) {
      queueForProjectOfEveryVariable(exportId);
    }
    JobExecution execution =
        jobOperator.start(
            job,
            new JobParametersBuilder()
                .addLocalDate("asOf", AS_OF)
                .addString(ExportJobConfiguration.EXPORT_ID, exportId)
                .toJobParameters());
    assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(
            jdbc.sql("SELECT status FROM dataset_export WHERE id = ?")
                .param(exportId)
                .query(String.class)
                .single())
        .isEqualTo("COMPLETED");
    return exportId;
  }

  /** A row-level release is queued for its data-access project, as a researcher's request does. */
  private void queueForProjectOfEveryVariable(String exportId) {
    UUID project = UUID.randomUUID();
    String[] variables =
        DatasetDescription.named(Datasets.EVALUATION_2028).variables().toArray(String[]::new);
    jdbc.sql(
            """
            INSERT INTO data_access_project (id, title, ethics_reference, responsible_researcher, study_code,
                approved_variables, period_from, period_to, expires_on, registered_by, registered_at)
            VALUES (?, 'Evaluation 2028', 'REK 2026/1', 'researcher', 'KETAMINE-TRD', ?::text[],
                DATE '2020-01-01', DATE '2030-12-31', DATE '2030-12-31', 'coordinator', now())
            """)
        .params(project, variables)
        .update();
    jdbc.sql(
            """
            INSERT INTO dataset_export (id, dataset, as_of, requested_by, status, project_id)
            VALUES (?, 'evaluation-2028', ?, 'researcher', 'QUEUED', ?)
            """)
        .params(exportId, AS_OF, project)
        .update();
  }

  private static List<String> sheetNames(XSSFWorkbook book) {
    return IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName).toList();
  }

  private static List<String> scope(List<List<String>> rows, String scope) {
    return rows.stream().filter(r -> r.get(1).equals(scope)).findFirst().orElseThrow();
  }

  /** The data rows of a sheet and all its continuations (name_2, name_3, …). */
  private static List<List<String>> allRows(XSSFWorkbook book, String sheet) {
    List<String> parts = new ArrayList<>();
    for (String name : sheetNames(book)) {
      if (name.equals(sheet) || name.matches(Pattern.quote(sheet) + "_\\d+")) {
        parts.add(name);
      }
    }
    return rows(book, parts.toArray(String[]::new));
  }

  /** Two renderings of one value agree: the same number, the same yes/no, or the same text. */
  private static boolean sameValue(String excel, String r) {
    if (excel.equals(r)) {
      return true;
    }
    try {
      return new java.math.BigDecimal(excel)
              .subtract(new java.math.BigDecimal(r))
              .abs()
              .doubleValue()
          < 1e-9;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A table's data rows over all its sheets, each value as stored: numbers in full, TRUE/FALSE. */
  private static List<List<String>> rawRows(XSSFWorkbook book, String table) {
    List<List<String>> rows = new ArrayList<>();
    for (String name : sheetNames(book)) {
      if (!name.equals(table) && !name.matches(Pattern.quote(table) + "_\\d+")) {
        continue;
      }
      for (Row row : book.getSheet(name)) {
        if (row.getRowNum() == 0) {
          continue;
        }
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          values.add(
              cell == null
                  ? ""
                  : switch (cell.getCellType()) {
                    case NUMERIC ->
                        java.math.BigDecimal.valueOf(cell.getNumericCellValue())
                            .stripTrailingZeros()
                            .toPlainString();
                    case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                    default -> cell.getStringCellValue();
                  });
        }
        rows.add(values);
      }
    }
    return rows;
  }

  private static List<String> unzip(Path zip, Path into) throws Exception {
    List<String> names = new ArrayList<>();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        Files.copy(in, into.resolve(entry.getName()));
      }
    }
    return names;
  }

  private static List<String> header(Sheet sheet) {
    List<String> names = new ArrayList<>();
    sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
    return names;
  }

  /** The data rows (header left out) of the sheets, in order, as the cells display. */
  private static List<List<String>> rows(XSSFWorkbook book, String... sheets) {
    DataFormatter format = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (String name : sheets) {
      Sheet sheet = book.getSheet(name);
      boolean readme = name.equals("README");
      for (Row row : sheet) {
        if (row.getRowNum() == 0 && !readme) {
          continue;
        }
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          values.add(cell == null ? "" : format.formatCellValue(cell));
        }
        rows.add(values);
      }
    }
    return rows;
  }
}
