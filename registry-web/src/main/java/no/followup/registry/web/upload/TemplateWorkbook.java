package no.followup.registry.web.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.followup.registry.application.submission.Submissions;
import no.followup.registry.domain.study.AdverseEventTerm;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.web.upload.TemplateColumn.Cells;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Writes the upload template of a study: a README sheet (in Norwegian and English: what to fill in,
 * every column, every code with its meaning), one sheet per record kind with its headers in row 1
 * (each with its label as a note) and drop-down lists on coded columns, and the code lists on a
 * hidden sheet the drop-downs read.
 */
@Component
class TemplateWorkbook {

  static final String README = "README";
  static final String CODE_LISTS = "codes";

  private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
  private static final Locale ENGLISH = Locale.ENGLISH;

  /** Drop-down lists and formats reach as far as a submission can. */
  private static final int LAST_DATA_ROW = Submissions.MAX_RECORDS;

  private final MessageSource messages;

  TemplateWorkbook(MessageSource messages) {
    this.messages = messages;
  }

  /** The README and the code lists are guides, not records. */
  static boolean isGuide(String sheetName) {
    return README.equals(sheetName) || CODE_LISTS.equals(sheetName);
  }

  byte[] write(StudyDefinition study, List<TemplateSheet<?>> sheets) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet readme = workbook.createSheet(README);
      XSSFSheet codes = workbook.createSheet(CODE_LISTS);
      Map<TemplateColumn, String> lists = codeLists(workbook, codes, sheets);
      for (TemplateSheet<?> sheet : sheets) {
        recordSheet(workbook, sheet, lists);
      }
      readme(workbook, readme, study, sheets);
      workbook.setSheetHidden(workbook.getSheetIndex(codes), true);
      workbook.setActiveSheet(0);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One column of the hidden sheet per coded column, each behind a name the drop-down uses. */
  private static Map<TemplateColumn, String> codeLists(
      XSSFWorkbook workbook, XSSFSheet codes, List<TemplateSheet<?>> sheets) {
    Map<TemplateColumn, String> names = new LinkedHashMap<>();
    int listColumn = 0;
    for (TemplateSheet<?> sheet : sheets) {
      for (TemplateColumn column : sheet.columns()) {
        if (column.cells() != Cells.CODE) {
          continue;
        }
        cell(codes, 0, listColumn).setCellValue(sheet.name() + "." + column.header());
        for (int i = 0; i < column.codes().size(); i++) {
          cell(codes, i + 1, listColumn).setCellValue(column.codes().get(i));
        }
        String name = "list" + (listColumn + 1);
        String letters = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
        XSSFName range = workbook.createName();
        range.setNameName(name);
        range.setRefersToFormula(
            CODE_LISTS
                + "!$"
                + letters
                + "$2:$"
                + letters
                + "$"
                + Math.max(2, column.codes().size() + 1));
        names.put(column, name);
        listColumn++;
      }
    }
    return names;
  }

  private void recordSheet(
      XSSFWorkbook workbook, TemplateSheet<?> template, Map<TemplateColumn, String> lists) {
    XSSFSheet sheet = workbook.createSheet(template.name());
    XSSFCellStyle header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
    XSSFCellStyle date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
    XSSFCellStyle text = workbook.createCellStyle();
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    XSSFDrawing notes = sheet.createDrawingPatriarch();
    XSSFDataValidationHelper validations = new XSSFDataValidationHelper(sheet);
    List<TemplateColumn> columns = template.columns();
    for (int i = 0; i < columns.size(); i++) {
      TemplateColumn column = columns.get(i);
      XSSFCell cell = cell(sheet, 0, i);
      cell.setCellValue(column.header());
      cell.setCellStyle(header);
      cell.setCellComment(note(workbook, notes, i, guide(column)));
      sheet.setColumnWidth(i, Math.max(14, column.header().length() + 4) * 256);
      switch (column.cells()) {
        case DATE -> sheet.setDefaultColumnStyle(i, date);
        case NATIONAL_ID, TEXT, CODE -> sheet.setDefaultColumnStyle(i, text);
        default -> {}
      }
      DataValidationConstraint constraint =
          switch (column.cells()) {
            case CODE -> validations.createFormulaListConstraint(lists.get(column));
            case YES_NO -> validations.createExplicitListConstraint(new String[] {"ja", "nei"});
            default -> null;
          };
      if (constraint != null) {
        DataValidation validation =
            validations.createValidation(
                constraint, new CellRangeAddressList(1, LAST_DATA_ROW, i, i));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
      }
    }
    sheet.createFreezePane(0, 1);
  }

  private static XSSFComment note(
      XSSFWorkbook workbook, XSSFDrawing notes, int column, String text) {
    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
    anchor.setCol1(column);
    anchor.setCol2(column + 3);
    anchor.setRow1(0);
    anchor.setRow2(5);
    XSSFComment note = notes.createCellComment(anchor);
    note.setString(new XSSFRichTextString(text));
    note.setAuthor("Registry");
    return note;
  }

  /** A column in both languages, with what its cells take. */
  private String guide(TemplateColumn column) {
    return text(column.label(), NORWEGIAN)
        + " / "
        + text(column.label(), ENGLISH)
        + "\n"
        + values(column);
  }

  private String values(TemplateColumn column) {
    return switch (column.cells()) {
      case DATE -> "dd.mm.åååå / dd.mm.yyyy";
      case YES_NO -> "ja / nei (yes / no)";
      case NUMBER -> "tall / number";
      case NATIONAL_ID -> "11 siffer / 11 digits";
      case CODE -> String.join(", ", column.codes());
      case TEXT -> "tekst / text";
    };
  }

  private void readme(
      XSSFWorkbook workbook,
      XSSFSheet readme,
      StudyDefinition study,
      List<TemplateSheet<?>> sheets) {
    XSSFCellStyle heading = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    heading.setFont(bold);
    int row = 0;
    XSSFCell title = cell(readme, row++, 0);
    title.setCellValue(
        text("template.title", NORWEGIAN, study.name(), study.code().value(), study.version())
            + " / "
            + text("template.title", ENGLISH, study.name(), study.code().value(), study.version()));
    title.setCellStyle(heading);
    for (int line = 1; line <= 5; line++) {
      cell(readme, row, 0).setCellValue(text("template.readme." + line, NORWEGIAN));
      cell(readme, row++, 3).setCellValue(text("template.readme." + line, ENGLISH));
    }
    row++;
    String[] columnsHeading = {
      "Ark / Sheet", "Kolonne / Column", "Norsk", "English", "Verdier / Values"
    };
    for (int i = 0; i < columnsHeading.length; i++) {
      cell(readme, row, i).setCellValue(columnsHeading[i]);
      cell(readme, row, i).setCellStyle(heading);
    }
    row++;
    for (TemplateSheet<?> sheet : sheets) {
      for (TemplateColumn column : sheet.columns()) {
        cell(readme, row, 0).setCellValue(sheet.name());
        cell(readme, row, 1).setCellValue(column.header());
        cell(readme, row, 2).setCellValue(text(column.label(), NORWEGIAN));
        cell(readme, row, 3).setCellValue(text(column.label(), ENGLISH));
        cell(readme, row++, 4).setCellValue(values(column));
      }
    }
    row++;
    String[] codesHeading = {"Kolonne / Column", "Kode / Code", "Norsk", "English"};
    for (int i = 0; i < codesHeading.length; i++) {
      cell(readme, row, i).setCellValue(codesHeading[i]);
      cell(readme, row, i).setCellStyle(heading);
    }
    row++;
    for (TemplateSheet<?> sheet : sheets) {
      for (TemplateColumn column : sheet.columns()) {
        if (column.codePrefix() == null) {
          continue;
        }
        for (String code : column.codes()) {
          cell(readme, row, 0).setCellValue(sheet.name() + "." + column.header());
          cell(readme, row, 1).setCellValue(code);
          cell(readme, row, 2).setCellValue(codeLabel(study, column, code, NORWEGIAN));
          cell(readme, row++, 3).setCellValue(codeLabel(study, column, code, ENGLISH));
        }
      }
    }
    readme.setColumnWidth(0, 30 * 256);
    readme.setColumnWidth(1, 26 * 256);
    readme.setColumnWidth(2, 40 * 256);
    readme.setColumnWidth(3, 40 * 256);
    readme.setColumnWidth(4, 40 * 256);
  }

  /**
   * A code's label: an adverse-event term's is the study's own (saying when it is of special
   * interest), other codes' are the messages under the column's prefix.
   */
  private String codeLabel(
      StudyDefinition study, TemplateColumn column, String code, Locale locale) {
    if (column.codePrefix().equals(TemplateSheets.STUDY_TERMS)) {
      AdverseEventTerm term = study.adverseEventTerm(code).orElseThrow();
      return term.isSpecialInterest()
          ? term.label(locale) + " (" + text("adverseEvent.specialInterest", locale) + ")"
          : term.label(locale);
    }
    return text(column.codePrefix() + "." + code, locale);
  }

  private String text(String key, Locale locale, Object... arguments) {
    return text(new DefaultMessageSourceResolvable(new String[] {key}, arguments, key), locale);
  }

  private String text(MessageSourceResolvable resolvable, Locale locale) {
    return messages.getMessage(resolvable, locale);
  }

  private static XSSFCell cell(XSSFSheet sheet, int row, int column) {
    XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    XSSFCell cell = r.getCell(column);
    return cell == null ? r.createCell(column) : cell;
  }
}
