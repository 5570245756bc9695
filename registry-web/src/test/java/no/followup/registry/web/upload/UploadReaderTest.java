package no.followup.registry.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.followup.registry.domain.study.AdverseEventTerm;
import no.followup.registry.domain.study.EpisodeKind;
import no.followup.registry.domain.study.InstrumentDefinition;
import no.followup.registry.domain.study.LimitEnforcement;
import no.followup.registry.domain.study.ProtocolLimits;
import no.followup.registry.domain.study.StudyCode;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.domain.study.VisitDefinition;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The template as the registry writes it, filled in as a spreadsheet program would, and read back;
 * and the files that are not templates, hostile ones among them, refused with a reason.
 */
class UploadReaderTest {

  static final StudyDefinition STUDY =
      new StudyDefinition(
          new StudyCode("KET-TRD"),
          1,
          "IV ketamine in treatment-resistant depression",
          List.of(
              new VisitDefinition("BASELINE", "Baseline", 0, 14, 0, EpisodeKind.INDUCTION),
              new VisitDefinition("WEEK_4", "Week 4", 28, 7, 7, EpisodeKind.INDUCTION)),
          List.of(new InstrumentDefinition("MADRS", "MADRS", 10, 6)),
          new ProtocolLimits(new BigDecimal("0.75"), 6, 28, 8, LimitEnforcement.WARN),
          List.of(),
          List.of(
              new AdverseEventTerm("NAUSEA", "Kvalme", "Nausea", null),
              new AdverseEventTerm(
                  "PSYCHOSIS",
                  "Psykose",
                  "Psychosis",
                  AdverseEventTerm.Signal.SPECIAL_INTEREST_EVENT)));

  final List<TemplateSheet<?>> sheets = new TemplateSheets(null).of(STUDY);
  final TemplateWorkbook templates = new TemplateWorkbook(messages());
  final UploadReader reader = new UploadReader();

  @Nested
  class The_template {

    @Test
    void has_a_readme_a_sheet_per_record_kind_and_drop_down_lists_on_coded_columns()
        throws IOException {
      try (XSSFWorkbook workbook = template()) {
        assertThat(workbook.getSheetName(0)).isEqualTo("README");
        assertThat(workbook.getSheet("README").getRow(0).getCell(0).getStringCellValue())
            .contains("KET-TRD")
            .contains("Mal for opplasting")
            .contains("Upload template");
        assertThat(workbook.isSheetHidden(workbook.getSheetIndex("codes"))).isTrue();
        for (String name :
            List.of("participant", "infusion", "assessment", "adverse-event", "lab-result")) {
          assertThat(workbook.getSheet(name)).as(name).isNotNull();
        }
        XSSFSheet infusions = workbook.getSheet("infusion");
        assertThat(headers(infusions)).startsWith("nationalId", "date", "drug", "route");
        assertThat(infusions.getRow(0).getCell(4).getCellComment().getString().getString())
            .contains("Dose (mg/kg)");
        List<String> dropDowns =
            infusions.getDataValidations().stream()
                .map(DataValidation::getValidationConstraint)
                .map(c -> c.getFormula1())
                .toList();
        assertThat(dropDowns).hasSize(2); // drug and route
        String drugList = dropDowns.get(0);
        assertThat(workbook.getName(drugList).getRefersToFormula()).startsWith("codes!$");
        assertThat(headers(workbook.getSheet("assessment")))
            .contains("visit", "instrument", "item1", "item10")
            .doesNotContain("item11");
      }
    }

    @Test
    void its_readme_names_every_code_and_marks_the_adverse_events_of_special_interest()
        throws IOException {
      try (XSSFWorkbook workbook = template()) {
        String readme = text(workbook.getSheet("README"));
        assertThat(readme)
            .contains("PSYCHOSIS")
            .contains("Psykose (særlig interesse)")
            .contains("Psychosis (special interest)")
            .contains("Kvalme")
            .doesNotContain("Kvalme (særlig interesse)");
      }
    }
  }

  @Nested
  class A_filled_template {

    @Test
    void is_read_row_by_row_with_dates_numbers_and_yes_no_as_the_forms_bind_them()
        throws IOException {
      byte[] file;
      try (XSSFWorkbook workbook = template()) {
        XSSFSheet participants = workbook.getSheet("participant");
        var row = participants.createRow(1);
        // Typed into a number cell: Excel drops the national ID's leading zero.
        cell(row, "nationalId").setCellValue(1019012345d);
        cell(row, "studyCode").setCellValue("KET-TRD");
        cell(row, "indication").setCellValue("TREATMENT_RESISTANT_DEPRESSION");
        cell(row, "enrolmentDate").setCellValue(LocalDate.of(2026, 11, 2));
        cell(row, "offLabelInformed").setCellValue("ja");
        cell(row, "registryConsent").setCellValue("Nei");
        cell(row, "consentDate").setCellValue("02.11.2026");
        XSSFSheet infusions = workbook.getSheet("infusion");
        var infusion = infusions.createRow(4); // rows 2-4 left empty
        cell(infusion, "nationalId").setCellValue("01019012345");
        cell(infusion, "doseMgPerKg").setCellValue(0.5);
        cell(infusion, "weightKg").setCellValue(82);
        file = bytes(workbook);
      }

      List<UploadedRow> rows = reader.read("template.xlsx", file, sheets);

      assertThat(rows)
          .containsExactly(
              new UploadedRow(
                  "participant",
                  2,
                  Map.of(
                      "nationalId", "01019012345",
                      "studyCode", "KET-TRD",
                      "indication", "TREATMENT_RESISTANT_DEPRESSION",
                      "enrolmentDate", "2026-11-02",
                      "offLabelInformed", "true",
                      "registryConsent", "false",
                      "consentDate", "2026-11-02")),
              new UploadedRow(
                  "infusion",
                  5,
                  Map.of("nationalId", "01019012345", "doseMgPerKg", "0.5", "weightKg", "82")));
      assertThat(rows.get(1).ref()).isEqualTo("infusion:5");
    }

    @Test
    void runs_enrolments_first_whatever_the_order_of_its_sheets() throws IOException {
      byte[] file;
      try (XSSFWorkbook workbook = template()) {
        workbook.getSheet("lab-result").createRow(1).createCell(0).setCellValue("01019012345");
        workbook.setSheetOrder("lab-result", 1);
        workbook.getSheet("participant").createRow(1).createCell(0).setCellValue("01019012345");
        file = bytes(workbook);
      }
      assertThat(reader.read("t.xlsx", file, sheets))
          .extracting(UploadedRow::sheet)
          .containsExactly("participant", "lab-result");
    }
  }

  @Nested
  class A_csv_file {

    @Test
    void is_read_as_the_sheet_its_headers_name_with_semicolons_and_windows_1252()
        throws IOException {
      String csv =
          "nationalId;date;analyte;value;upperNormalLimit\r\n"
              + "01019012345;03.11.2026;ALT;120,5;40\r\n"
              + ";;;;\r\n"
              + "\"01019012345\";2026-11-04;AST;æøå;\r\n";
      List<UploadedRow> rows =
          reader.read("labs.csv", csv.getBytes(Charset.forName("windows-1252")), sheets);
      assertThat(rows)
          .containsExactly(
              new UploadedRow(
                  "lab-result",
                  2,
                  Map.of(
                      "nationalId", "01019012345",
                      "date", "2026-11-03",
                      "analyte", "ALT",
                      "value", "120,5",
                      "upperNormalLimit", "40")),
              new UploadedRow(
                  "lab-result",
                  4,
                  Map.of(
                      "nationalId",
                      "01019012345",
                      "date",
                      "2026-11-04",
                      "analyte",
                      "AST",
                      "value",
                      "æøå")));
    }

    @Test
    void of_enrolments_saved_before_the_pre_assessment_columns_is_read_and_with_them_too()
        throws IOException {
      String before =
          "nationalId;siteReference;studyCode;indication;enrolmentDate;offLabelInformed;"
              + "registryConsent;consentDate\r\n"
              + "01019012345;;KET-TRD;TREATMENT_RESISTANT_DEPRESSION;02.11.2026;ja;ja;02.11.2026\r\n";
      String with =
          before.lines().findFirst().orElseThrow()
              + ";eligibility.priorEct;eligibility.systolic\r\n"
              + "01019012345;;KET-TRD;TREATMENT_RESISTANT_DEPRESSION;02.11.2026;ja;ja;02.11.2026;"
              + "nei;128\r\n";

      assertThat(reader.read("old.csv", before.getBytes(StandardCharsets.UTF_8), sheets))
          .singleElement()
          .satisfies(row -> assertThat(row.sheet()).isEqualTo("participant"));
      assertThat(reader.read("new.csv", with.getBytes(StandardCharsets.UTF_8), sheets))
          .singleElement()
          .satisfies(
              row ->
                  assertThat(row.cells())
                      .containsEntry("eligibility.priorEct", "false")
                      .containsEntry("eligibility.systolic", "128"));
    }

    @Test
    void with_headers_of_no_sheet_is_refused() {
      byte[] csv = "name,dose\nA,1\n".getBytes(StandardCharsets.UTF_8);
      assertRefused("x.csv", csv, "csv-columns");
    }
  }

  @Nested
  class Refused {

    @Test
    void an_empty_file_a_file_without_rows_and_a_file_of_no_known_format() throws IOException {
      assertRefused("t.xlsx", new byte[0], "empty");
      try (XSSFWorkbook workbook = template()) {
        assertRefused("t.xlsx", bytes(workbook), "no-rows");
      }
      assertRefused("t.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "unknown-format");
    }

    @Test
    void the_old_excel_format() throws IOException {
      try (HSSFWorkbook old = new HSSFWorkbook();
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        old.createSheet("participant");
        old.write(out);
        assertRefused("t.xls", out.toByteArray(), "old-excel");
      }
    }

    @Test
    void a_sheet_the_template_does_not_have_and_a_sheet_with_other_columns() throws IOException {
      try (XSSFWorkbook workbook = template()) {
        workbook.createSheet("patients").createRow(0).createCell(0).setCellValue("name");
        assertRefused("t.xlsx", bytes(workbook), "unknown-sheet");
      }
      try (XSSFWorkbook workbook = template()) {
        workbook.getSheet("infusion").getRow(0).getCell(4).setCellValue("dose");
        workbook.getSheet("infusion").createRow(1).createCell(0).setCellValue("01019012345");
        NotATemplateException refused = refusal("t.xlsx", bytes(workbook));
        assertThat(refused.messageKey()).isEqualTo("upload.invalid.wrong-columns");
        assertThat(refused.arguments()[0]).isEqualTo("infusion");
        assertThat((String) refused.arguments()[1]).contains("doseMgPerKg");
      }
    }

    @Test
    void a_zip_bomb_before_it_is_inflated() throws IOException {
      // 60 MB of blanks in a sheet inflate about a thousandfold: POI stops reading it.
      byte[] bomb = withBlanks(60 * 1024 * 1024);
      assertThat(bomb.length).isLessThan(200 * 1024);
      assertThat(refusal("bomb.xlsx", bomb).getCause()).hasMessageContaining("Zip bomb");
      // The same sheet with a few blanks is read: the size is what is refused.
      assertThat(reader.read("fine.xlsx", withBlanks(1000), sheets)).hasSize(1);
    }

    private byte[] withBlanks(int blanks) throws IOException {
      return changeEntry(
          filledTemplate(),
          "xl/worksheets/sheet4.xml",
          xml -> xml.replace("</worksheet>", " ".repeat(blanks) + "</worksheet>"));
    }

    @Test
    void an_xml_entity_that_would_read_a_file_of_the_server() throws IOException {
      byte[] attack =
          changeEntry(
              filledTemplate(),
              "xl/sharedStrings.xml",
              xml ->
                  xml.replaceFirst(
                          "\\?>",
                          "?><!DOCTYPE sst [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>")
                      .replace(">01019012345<", ">&secret;<"));
      NotATemplateException refused = refusal("xxe.xlsx", attack);
      assertThat(refused.messageKey()).isEqualTo("upload.invalid.unreadable");
      assertThat(refused.getCause()).hasStackTraceContaining("DOCTYPE");
      // The file as it was is read: the declaration is what is refused.
      byte[] unchanged = changeEntry(filledTemplate(), "xl/sharedStrings.xml", xml -> xml);
      assertThat(reader.read("fine.xlsx", unchanged, sheets))
          .extracting(row -> row.cell("nationalId"))
          .containsExactly("01019012345");
    }

    @Test
    void more_rows_than_a_submission_takes() throws IOException {
      StringBuilder csv = new StringBuilder("nationalId,date,analyte,value,upperNormalLimit\n");
      for (int i = 0; i < 10_001; i++) {
        csv.append("01019012345,2026-11-03,ALT,1,40\n");
      }
      assertRefused("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "too-many-rows");
    }
  }

  private void assertRefused(String filename, byte[] content, String reason) {
    assertThat(refusal(filename, content).messageKey()).isEqualTo("upload.invalid." + reason);
  }

  private NotATemplateException refusal(String filename, byte[] content) {
    return (NotATemplateException)
        assertThatThrownBy(() -> reader.read(filename, content, sheets))
            .isInstanceOf(NotATemplateException.class)
            .actual();
  }

  private XSSFWorkbook template() throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(templates.write(STUDY, sheets)));
  }

  private byte[] filledTemplate() throws IOException {
    try (XSSFWorkbook workbook = template()) {
      workbook.getSheet("participant").createRow(1).createCell(0).setCellValue("01019012345");
      return bytes(workbook);
    }
  }

  private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  /** The same zip with one entry's text changed. */
  private static byte[] changeEntry(byte[] zip, String name, UnaryOperator<String> change)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean replaced = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        copy.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(name)) {
          String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          copy.write(change.apply(xml).getBytes(StandardCharsets.UTF_8));
          replaced = true;
        } else {
          in.transferTo(copy);
        }
        copy.closeEntry();
      }
    }
    assertThat(replaced).as(name + " in the workbook").isTrue();
    return out.toByteArray();
  }

  /** The row's cell under this header, as a person finds the column by its header. */
  private static org.apache.poi.xssf.usermodel.XSSFCell cell(
      org.apache.poi.xssf.usermodel.XSSFRow row, String header) {
    return row.createCell(headers(row.getSheet()).indexOf(header));
  }

  private static List<String> headers(XSSFSheet sheet) {
    List<String> headers = new java.util.ArrayList<>();
    sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
    return headers;
  }

  private static String text(XSSFSheet sheet) {
    StringBuilder text = new StringBuilder();
    sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
    return text.toString();
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
