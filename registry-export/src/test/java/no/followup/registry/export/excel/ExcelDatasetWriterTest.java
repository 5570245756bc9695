package no.followup.registry.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's file read back with POI: sheet split, README and codebook, no temporary files. */
class ExcelDatasetWriterTest {

  @TempDir Path directory;
  private Path poiTemp;

  @BeforeEach
  void poiTemporaryFilesInTheirOwnDirectory() throws IOException {
    poiTemp = Files.createDirectories(directory.resolve("poi"));
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
  }

  @AfterEach
  void defaultTemporaryFiles() {
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
  }

  private static final List<Column> COLUMNS =
      List.of(
          Column.integer("day", "Day", "days", "", "test"),
          Column.text("term", "Term", "", "test"),
          Column.decimal("dose", "Dose", "mg/kg", "", "test"));

  @Test
  void a_sheet_continues_in_numbered_sheets_and_readme_and_codebook_come_first() throws Exception {
    Path target = directory.resolve("d.xlsx");
    try (ExcelDatasetWriter out = new ExcelDatasetWriter(target, 3)) {
      ExcelDatasetWriter.SheetOut infusions = out.sheet("infusions", COLUMNS);
      IntStream.range(0, 7)
          .forEach(i -> infusions.row(i, "t" + i, new java.math.BigDecimal("0.5")));
      out.sheet("empty", COLUMNS);
      out.finish(Map.of("dataset", "test"));
    }

    try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
      assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName))
          .containsExactly(
              "README", "codebook", "infusions", "infusions_2", "infusions_3", "empty");
      assertThat(book.getSheet("infusions").getLastRowNum()).isEqualTo(3);
      assertThat(book.getSheet("infusions_3").getLastRowNum()).isEqualTo(1);
      assertThat(book.getSheet("infusions_3").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("t6");
      assertThat(book.getSheet("infusions_2").getRow(0).getCell(0).getStringCellValue())
          .as("every part has the header")
          .isEqualTo("day");
      assertThat(column(book.getSheet("codebook"), 1)).contains("day", "term", "dose");
      assertThat(column(book.getSheet("README"), 0))
          .contains(
              "dataset", "rows in infusions", "data checksum (SHA-256 of all values in order)");
      assertThat(value(book.getSheet("README"), "rows in infusions")).isEqualTo("7");
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void every_sheet_opens_ready_to_read_header_frozen_filter_on_widths_and_percentages()
      throws Exception {
    Path target = directory.resolve("readable.xlsx");
    List<Column> columns =
        List.of(
            Column.integer("participants_past_protocol_limits", "Past limits", "", "", "test"),
            Column.decimal("response_rate", "Responders / with baseline", "proportion", "0–1", "t"),
            Column.decimal("mean_madrs", "Mean MADRS", "points", "0–60", "test"));
    try (ExcelDatasetWriter out = new ExcelDatasetWriter(target, 1000)) {
      ExcelDatasetWriter.SheetOut outcomes = out.sheet("outcomes", columns);
      outcomes.row(3, new java.math.BigDecimal("0.425"), new java.math.BigDecimal("21.5"));
      outcomes.row(4, new java.math.BigDecimal("0.5"), new java.math.BigDecimal("18.25"));
      out.finish(Map.of("a fact whose name is rather long to read", "value"));
    }

    try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
      for (String name : List.of("outcomes", "codebook")) {
        org.apache.poi.xssf.usermodel.XSSFSheet sheet = book.getSheet(name);
        assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
        assertThat((int) sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo(1);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name + " filter").isTrue();
      }
      org.apache.poi.xssf.usermodel.XSSFSheet outcomes = book.getSheet("outcomes");
      assertThat(outcomes.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
      assertThat(outcomes.getColumnWidth(0))
          .as("the whole header in sight")
          .isGreaterThanOrEqualTo("participants_past_protocol_limits".length() * 256);
      assertThat(outcomes.getRow(1).getCell(1).getCellStyle().getDataFormatString())
          .isEqualTo("0.0%");
      assertThat(outcomes.getRow(1).getCell(2).getCellStyle().getDataFormatString())
          .isEqualTo("0.00#");
      assertThat(book.getSheet("README").getColumnWidth(0))
          .isGreaterThanOrEqualTo("a fact whose name is rather long to read".length() * 256);
    }
  }

  @Test
  void a_chart_references_the_cells_it_draws_and_caches_only_the_numbers() throws Exception {
    Path target = directory.resolve("charted.xlsx");
    List<Column> columns =
        List.of(
            Column.text("visit", "Visit", "", "t"),
            Column.decimal("mean_madrs", "Mean MADRS", "points", "0–60", "t"),
            Column.decimal("response_rate", "Response rate", "proportion", "0–1", "t"));
    try (ExcelDatasetWriter out = new ExcelDatasetWriter(target, 1000)) {
      ExcelDatasetWriter.SheetOut outcomes = out.sheet("outcomes", columns);
      outcomes.row("OTHER", new java.math.BigDecimal("9"), null);
      List<ExcelDatasetWriter.WrittenRow> charted =
          List.of(
              outcomes.row("BASELINE", new java.math.BigDecimal("31.5"), null),
              outcomes.row("MIDWAY", "suppressed", "suppressed"),
              outcomes.row(
                  "END", new java.math.BigDecimal("14.25"), new java.math.BigDecimal("0.5")));
      out.chart(new WorkbookChart("Mean MADRS", charted, "visit", List.of("mean_madrs")));
      out.chart(new WorkbookChart("Response", charted, "visit", List.of("response_rate")));
      out.finish(Map.of("dataset", "test"));
    }

    try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
      assertThat(book.getSheetName(2)).isEqualTo("charts");
      List<org.apache.poi.xssf.usermodel.XSSFChart> charts =
          book.getSheet("charts").getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(2);
      var mean = charts.get(0).getChartSeries().get(0).getSeries(0);
      assertThat(mean.getCategoryData().getDataRangeReference()).isEqualTo("outcomes!$A$3:$A$5");
      assertThat(mean.getValuesData().getDataRangeReference()).isEqualTo("outcomes!$B$3:$B$5");
      var cache = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
      assertThat(cache.getTx().getV()).as("the series' title").isEqualTo("Mean MADRS");
      assertThat(cache.getVal().getNumRef().getNumCache().getPtList())
          .as("the suppressed cell has no point")
          .extracting(p -> p.getIdx() + "=" + p.getV())
          .containsExactly("0=31.5", "2=14.25");
      assertThat(charts.get(1).getAxes().get(1).getNumberFormat()).isEqualTo("0%");
      assertThat(book.getAllEmbeddedParts()).as("no copy of the data inside the chart").isEmpty();
    }
  }

  @Test
  void a_failure_half_way_leaves_neither_the_file_nor_temporary_files() {
    Path target = directory.resolve("failed.xlsx");

    assertThatThrownBy(
            () -> {
              try (ExcelDatasetWriter out = new ExcelDatasetWriter(target, 1000)) {
                ExcelDatasetWriter.SheetOut rows = out.sheet("rows", COLUMNS);
                IntStream.range(0, 500).forEach(i -> rows.row(i, "x", 1.0));
                throw new IllegalStateException("the database went away");
              }
            })
        .hasMessage("the database went away");

    assertThat(target).doesNotExist();
    assertThat(target.resolveSibling("failed.xlsx.partial")).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  private List<Path> leftovers() {
    try (Stream<Path> files = Files.walk(poiTemp)) {
      return files.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> column(Sheet sheet, int column) {
    return IntStream.rangeClosed(0, sheet.getLastRowNum())
        .mapToObj(r -> sheet.getRow(r).getCell(column).getStringCellValue())
        .toList();
  }

  private static String value(Sheet sheet, String key) {
    return IntStream.rangeClosed(0, sheet.getLastRowNum())
        .mapToObj(sheet::getRow)
        .filter(r -> r.getCell(0).getStringCellValue().equals(key))
        .map(r -> r.getCell(1).getStringCellValue())
        .findFirst()
        .orElseThrow();
  }
}
