package no.followup.registry.export.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.followup.registry.export.excel.Column;
import no.followup.registry.export.excel.DataChecksum;

/**
 * Writes a release as a zip: {@code <table>.csv} per table (UTF-8, comma-separated, a header row,
 * decimal point, an empty field for no value, yes/no as 1/0), {@code codebook.csv}, {@code
 * README.txt} and the syntax files of {@link StatisticsSyntax}. Rows stream straight into the zip;
 * the file appears under its name only when finished, and a writer closed unfinished leaves none.
 */
public final class CsvReleaseWriter implements AutoCloseable {

  private final Path target;
  private final Path partial;
  private final ZipOutputStream zip;
  private final Writer out;
  private final Map<String, List<Column>> tables = new LinkedHashMap<>();
  private final Map<String, Long> rowCounts = new LinkedHashMap<>();
  private final DataChecksum checksum = new DataChecksum();
  private String current;
  private boolean finished;

  public CsvReleaseWriter(Path target) {
    this.target = target;
    this.partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      zip = new ZipOutputStream(Files.newOutputStream(partial));
    } catch (IOException e) {
      throw new UncheckedIOException("the release file could not be created", e);
    }
    out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Starts a table: its CSV file and header row. */
  public void table(String name, List<Column> columns) {
    if (tables.containsKey(name)) {
      throw new IllegalArgumentException("table " + name + " was written already");
    }
    tables.put(name, List.copyOf(columns));
    rowCounts.put(name, 0L);
    current = name;
    entry(name + ".csv");
    line(columns.stream().map(Column::name).toList());
  }

  /** A row of the current table, in its columns' order. */
  public void row(Object... values) {
    for (Object value : values) {
      checksum.add(value);
    }
    line(Arrays.asList(values));
    rowCounts.merge(current, 1L, Long::sum);
  }

  public Map<String, Long> rowCounts() {
    return Map.copyOf(rowCounts);
  }

  /** The same checksum as the Excel file of the same release: every value, in order. */
  public String dataChecksum() {
    return checksum.hex();
  }

  /** Adds the codebook, the README (the facts, then row counts and checksum) and the syntax. */
  public void finish(Map<String, String> facts) {
    Map<String, String> readme = new LinkedHashMap<>(facts);
    rowCounts.forEach((table, rows) -> readme.put("rows in " + table + ".csv", rows.toString()));
    readme.put(
        "data checksum (SHA-256 of all values in order, as in the Excel file)", dataChecksum());
    String release = facts.getOrDefault("release", "");
    try {
      entry("codebook.csv");
      line(List.of("table", "column", "label", "type", "unit", "allowed values", "source"));
      tables.forEach(
          (table, columns) ->
              columns.forEach(
                  c ->
                      line(
                          List.of(
                              table,
                              c.name(),
                              c.label(),
                              c.type().name(),
                              c.unit(),
                              c.allowed(),
                              c.source()))));
      entry("README.txt");
      for (Map.Entry<String, String> fact : readme.entrySet()) {
        out.write(fact.getKey() + ": " + fact.getValue() + "\n");
      }
      out.write(
          "\nLoad it with read_release.R (R), read_release.do (Stata) or read_release.sps (SPSS),"
              + " run in the folder the zip was unpacked to.\n");
      entry("read_release.R");
      out.write(StatisticsSyntax.r(release, tables));
      entry("read_release.do");
      out.write(StatisticsSyntax.stata(release, tables));
      entry("read_release.sps");
      out.write(StatisticsSyntax.spss(release, tables));
      out.flush();
      zip.closeEntry();
      zip.finish();
      out.close();
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("the release file could not be written", e);
    }
    finished = true;
  }

  @Override
  public void close() {
    if (finished) {
      return;
    }
    try {
      out.close();
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      throw new UncheckedIOException("an unfinished release file could not be removed", e);
    }
  }

  /** Starts the next file of the zip (which closes the one before). */
  private void entry(String name) {
    try {
      out.flush();
      zip.putNextEntry(new ZipEntry(name));
    } catch (IOException e) {
      throw new UncheckedIOException("the release file could not be written", e);
    }
  }

  private void line(List<?> values) {
    try {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(field(values.get(i)));
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("the release file could not be written", e);
    }
  }

  /** A value as CSV: numbers with a decimal point and no exponent, yes/no as 1/0, text quoted. */
  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return b ? "1" : "0";
    }
    if (value instanceof BigDecimal n) {
      return n.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Double n) {
      return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }
    String text = value.toString();
    boolean quote =
        text.isEmpty()
            || text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || !text.equals(text.strip());
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
