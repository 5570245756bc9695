package no.followup.registry.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import no.followup.registry.application.export.Datasets;
import no.followup.registry.export.dataset.DatasetDescription;
import no.followup.registry.export.dataset.DatasetExporter;
import no.followup.registry.export.dataset.ExportSettings;
import no.followup.registry.export.dataset.ReleaseScope;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One export in a JVM of its own (started with {@code -Xmx256m} by the suite), so heap figures do
 * not mix: {@code registry} (the evaluation-2028 dataset as researchers get it), {@code sxssf} (a
 * bare POI streaming loop writing the same tables' rows) or {@code fastexcel}. Prints one line:
 * {@code RESULT rows=… seconds=… peakHeapMb=… fileMb=…}.
 */
public final class ExportRun {

  private static final Logger log = LoggerFactory.getLogger(ExportRun.class);

  /** The rows the dataset's sheets hold, as plain queries. */
  static final List<String> TABLES =
      List.of(
          "SELECT e.*, p.sex, p.birth_year FROM enrolment e JOIN participant p ON p.id = e.participant_id",
          "SELECT * FROM infusion",
          "SELECT * FROM assessment",
          "SELECT * FROM adverse_event",
          "SELECT * FROM lab_result");

  private ExportRun() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path out = emptied(Path.of(args[4]));
    try (HikariDataSource dataSource = new HikariDataSource()) {
      dataSource.setJdbcUrl(args[1]);
      dataSource.setUsername(args[2]);
      dataSource.setPassword(args[3]);
      long start = System.nanoTime();
      long rows =
          switch (mode) {
            case "registry" -> registry(dataSource, out);
            case "sxssf" -> sxssf(dataSource, out.resolve("sxssf.xlsx"));
            case "fastexcel" -> fastexcel(dataSource, out.resolve("fastexcel.xlsx"));
            default -> throw new IllegalArgumentException(mode);
          };
      double seconds = (System.nanoTime() - start) / 1e9;
      log.info(
          "RESULT rows={} seconds={} peakHeapMb={} fileMb={}",
          rows,
          seconds,
          peakHeapMb(),
          "%.1f".formatted(sizeOf(out) / 1e6));
    }
  }

  private static Path emptied(Path directory) throws IOException {
    Files.createDirectories(directory);
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    return directory;
  }

  private static long sizeOf(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      long bytes = 0;
      for (Path file : files.toList()) {
        bytes += Files.size(file);
      }
      return bytes;
    }
  }

  private static long registry(HikariDataSource dataSource, Path out) throws Exception {
    ExportSettings settings =
        new ExportSettings(
            out.toString(), 5, Base64.getEncoder().encodeToString(new byte[32]), 1_048_575);
    try (Connection connection = dataSource.getConnection()) {
      // The export job reads inside its step's transaction: rows stream from a cursor.
      connection.setAutoCommit(false);
      DatasetExporter exporter =
          new DatasetExporter(
              new SingleConnectionDataSource(connection, true),
              settings,
              new StandardEnvironment());
      var written =
          exporter.export(
              Datasets.EVALUATION_2028,
              UUID.randomUUID().toString(),
              AggregationBench.AS_OF,
              null,
              new ReleaseScope(
                  "KETAMINE-TRD",
                  LocalDate.of(2000, 1, 1),
                  AggregationBench.AS_OF,
                  Set.copyOf(DatasetDescription.named(Datasets.EVALUATION_2028).variables())));
      connection.commit();
      return written.rowCounts().values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private static long sxssf(HikariDataSource dataSource, Path file) throws Exception {
    long rows = 0;
    SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      int sheetNumber = 0;
      for (String query : TABLES) {
        SXSSFSheet sheet = workbook.createSheet("sheet" + (++sheetNumber));
        try (Statement statement = connection.createStatement()) {
          statement.setFetchSize(2_000);
          try (ResultSet rs = statement.executeQuery(query)) {
            ResultSetMetaData meta = rs.getMetaData();
            int r = 0;
            while (rs.next()) {
              Row row = sheet.createRow(r++);
              for (int c = 1; c <= meta.getColumnCount(); c++) {
                Object value = rs.getObject(c);
                if (value instanceof Number n) {
                  row.createCell(c - 1).setCellValue(n.doubleValue());
                } else if (value != null) {
                  row.createCell(c - 1).setCellValue(value.toString());
                }
              }
              rows++;
            }
          }
        }
      }
      try (OutputStream stream = Files.newOutputStream(file)) {
        workbook.write(stream);
      }
    } finally {
      workbook.dispose();
      workbook.close();
    }
    return rows;
  }

  private static long fastexcel(HikariDataSource dataSource, Path file) throws Exception {
    long rows = 0;
    try (OutputStream stream = Files.newOutputStream(file);
        Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      Workbook workbook = new Workbook(stream, "bench", "1.0");
      int sheetNumber = 0;
      for (String query : TABLES) {
        Worksheet sheet = workbook.newWorksheet("sheet" + (++sheetNumber));
        try (Statement statement = connection.createStatement()) {
          statement.setFetchSize(2_000);
          try (ResultSet rs = statement.executeQuery(query)) {
            ResultSetMetaData meta = rs.getMetaData();
            int r = 0;
            while (rs.next()) {
              for (int c = 1; c <= meta.getColumnCount(); c++) {
                Object value = rs.getObject(c);
                if (value instanceof Number n) {
                  sheet.value(r, c - 1, n);
                } else if (value != null) {
                  sheet.inlineString(r, c - 1, value.toString());
                }
              }
              r++;
              rows++;
              if (r % 1_000 == 0) {
                sheet.flush();
              }
            }
          }
        }
        sheet.finish();
      }
      workbook.finish();
    }
    return rows;
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
