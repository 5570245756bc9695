package no.followup.registry.web.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.followup.registry.application.submission.Submissions;
import no.followup.registry.web.upload.TemplateColumn.Cells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded template, Excel (.xlsx) or CSV, into rows. A file is a template when every
 * sheet is one of the template's (or its README and code lists) and each sheet's first row holds
 * exactly that sheet's column headers, in any order; a CSV file holds one sheet, found by its
 * headers.
 *
 * <p>An upload is untrusted: POI's zip-bomb guard is kept on and its entries bounded, and its XML
 * parsers refuse document type declarations (no entity tricks); the controller bounds the file's
 * size, and the rows are bounded by the submission's limit.
 */
@Component
class UploadReader {

  /** A sheet of ten thousand rows is a few megabytes of XML; nothing real comes near this. */
  private static final long MAX_ZIP_ENTRY_BYTES = 100L * 1024 * 1024;

  /** An entry that inflates more than a hundredfold is taken for a zip bomb. */
  private static final double MIN_INFLATE_RATIO = 0.01;

  private static final Pattern NORWEGIAN_DATE =
      Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
  }

  /** The rows in the order a submission runs them: sheet by sheet as the template orders them. */
  List<UploadedRow> read(String filename, byte[] content, List<TemplateSheet<?>> sheets) {
    if (content.length == 0) {
      throw new NotATemplateException("empty");
    }
    FileMagic magic = magic(content);
    List<UploadedRow> rows =
        switch (magic) {
          case OOXML -> readWorkbook(content, sheets);
          case OLE2 -> throw new NotATemplateException("old-excel");
          default -> {
            if (filename == null || !filename.toLowerCase(Locale.ROOT).endsWith(".csv")) {
              throw new NotATemplateException("unknown-format");
            }
            yield readCsv(content, sheets);
          }
        };
    if (rows.isEmpty()) {
      throw new NotATemplateException("no-rows");
    }
    if (rows.size() > Submissions.MAX_RECORDS) {
      throw new NotATemplateException("too-many-rows", Submissions.MAX_RECORDS);
    }
    List<String> order = sheets.stream().map(TemplateSheet::name).toList();
    return rows.stream()
        .sorted(
            Comparator.comparingInt((UploadedRow row) -> order.indexOf(row.sheet()))
                .thenComparingInt(UploadedRow::rowNumber))
        .toList();
  }

  private static FileMagic magic(byte[] content) {
    try {
      return FileMagic.valueOf(content);
    } catch (RuntimeException e) {
      return FileMagic.UNKNOWN;
    }
  }

  private List<UploadedRow> readWorkbook(byte[] content, List<TemplateSheet<?>> sheets) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      List<UploadedRow> rows = new ArrayList<>();
      for (Sheet sheet : workbook) {
        if (TemplateWorkbook.isGuide(sheet.getSheetName())) {
          continue;
        }
        TemplateSheet<?> template =
            sheets.stream()
                .filter(s -> s.name().equals(sheet.getSheetName()))
                .findFirst()
                .orElseThrow(
                    () -> new NotATemplateException("unknown-sheet", sheet.getSheetName()));
        rows.addAll(readSheet(sheet, template));
      }
      return rows;
    } catch (NotATemplateException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // A zip bomb, a document type declaration, a damaged file: POI refuses them all alike.
      throw NotATemplateException.unreadable(e);
    }
  }

  private static List<UploadedRow> readSheet(Sheet sheet, TemplateSheet<?> template) {
    Row headerRow = sheet.getRow(0);
    List<String> headers = new ArrayList<>();
    if (headerRow != null) {
      for (int i = 0; i < headerRow.getLastCellNum(); i++) {
        Cell cell = headerRow.getCell(i);
        headers.add(cell == null ? "" : cell.toString().strip());
      }
    }
    while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
      headers.remove(headers.size() - 1);
    }
    requireColumns(template, headers);
    List<UploadedRow> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> cells = new HashMap<>();
      for (int i = 0; i < headers.size(); i++) {
        TemplateColumn column = template.column(headers.get(i)).orElseThrow();
        text(row.getCell(i), column.cells()).ifPresent(text -> cells.put(column.header(), text));
      }
      if (!cells.isEmpty()) {
        rows.add(new UploadedRow(template.name(), r + 1, cells));
      }
    }
    return rows;
  }

  private static Optional<String> text(Cell cell, Cells kind) {
    if (cell == null) {
      return Optional.empty();
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    String text =
        switch (type) {
          case STRING -> cell.getStringCellValue();
          case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
          case NUMERIC -> number(cell.getNumericCellValue(), kind);
          default -> "";
        };
    return normalised(text, kind);
  }

  /** A number cell: an Excel date serial in a date column, else the number as it was typed. */
  private static String number(double value, Cells kind) {
    if (kind == Cells.DATE && DateUtil.isValidExcelDate(value)) {
      return DateUtil.getLocalDateTime(value).toLocalDate().toString();
    }
    String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    if (kind == Cells.NATIONAL_ID && plain.matches("\\d{10}")) {
      // Typed into a number cell, a national ID born on days 1-9 of a month loses its first 0.
      return "0" + plain;
    }
    return plain;
  }

  /** Text as the forms bind it: trimmed, dates as ISO dates, yes and no as true and false. */
  private static Optional<String> normalised(String text, Cells kind) {
    String value = text.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (kind) {
          case DATE -> isoDate(value);
          case YES_NO -> yesNo(value);
          default -> value;
        });
  }

  private static String isoDate(String value) {
    Matcher norwegian = NORWEGIAN_DATE.matcher(value);
    if (!norwegian.matches()) {
      return value;
    }
    try {
      return LocalDate.of(
              Integer.parseInt(norwegian.group(3)),
              Integer.parseInt(norwegian.group(2)),
              Integer.parseInt(norwegian.group(1)))
          .toString();
    } catch (DateTimeException e) {
      return value;
    }
  }

  private static String yesNo(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "ja", "j", "yes", "y", "true", "x", "1" -> "true";
      case "nei", "n", "no", "false", "0" -> "false";
      default -> value;
    };
  }

  private List<UploadedRow> readCsv(byte[] content, List<TemplateSheet<?>> sheets) {
    String text = decode(content);
    String headerLine = text.lines().findFirst().orElse("");
    char delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> headers = parser.getHeaderNames();
      TemplateSheet<?> template =
          sheets.stream()
              .filter(s -> s.hasColumns(headers))
              .findFirst()
              .orElseThrow(() -> new NotATemplateException("csv-columns"));
      List<UploadedRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> cells = new HashMap<>();
        for (String header : headers) {
          Cells kind = template.column(header).orElseThrow().cells();
          String value = record.isSet(header) ? record.get(header) : "";
          normalised(value, kind).ifPresent(v -> cells.put(header, v));
        }
        if (!cells.isEmpty()) {
          // The header is line 1; a record's own line is where its first field starts.
          rows.add(new UploadedRow(template.name(), (int) record.getRecordNumber() + 1, cells));
        }
      }
      return rows;
    } catch (IOException
        | IllegalArgumentException
        | IllegalStateException
        | UncheckedIOException e) {
      // Duplicate or empty headers, an unclosed quote.
      throw NotATemplateException.unreadable(e);
    }
  }

  /** UTF-8 (with or without a byte-order mark), else Windows-1252 as Excel saves CSV in Norway. */
  private static String decode(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return new String(content, Charset.forName("windows-1252"));
    }
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }

  private static void requireColumns(TemplateSheet<?> template, List<String> headers) {
    if (!template.hasColumns(headers)) {
      throw new NotATemplateException(
          "wrong-columns", template.name(), String.join(", ", template.headers()));
    }
  }
}
