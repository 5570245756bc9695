package no.followup.registry.web.upload;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One column of a template sheet. Its header is the form field it fills (a rating's items are
 * {@code item1}, {@code item2}, …), so the field a rule names is the column it names; coded columns
 * list their allowed values, which the template offers as a drop-down list.
 *
 * @param property the form property the cells are bound to; {@code null} for the participant's
 *     national ID on record sheets, which names the participant rather than filling the form
 * @param codePrefix the message prefix of the codes' labels ({@code null}: the code is its label)
 * @param optional whether a sheet may lack the column (one added after sites saved templates)
 */
record TemplateColumn(
    String header,
    String property,
    Cells cells,
    MessageSourceResolvable label,
    List<String> codes,
    String codePrefix,
    boolean optional) {

  /** What a column's cells hold, which decides how a cell is read and formatted. */
  enum Cells {
    TEXT,
    NATIONAL_ID,
    DATE,
    NUMBER,
    YES_NO,
    CODE
  }

  /** The header of the column that names a record's participant. */
  static final String PARTICIPANT = "nationalId";

  TemplateColumn {
    codes = List.copyOf(codes);
  }

  static TemplateColumn of(String property, Cells cells, String labelKey) {
    return new TemplateColumn(property, property, cells, label(labelKey), List.of(), null, false);
  }

  static TemplateColumn coded(
      String property, String labelKey, List<String> codes, String codePrefix) {
    return new TemplateColumn(
        property, property, Cells.CODE, label(labelKey), codes, codePrefix, false);
  }

  /** The national ID on a record sheet: it finds the site's own participant. */
  static TemplateColumn participant() {
    return new TemplateColumn(
        PARTICIPANT, null, Cells.NATIONAL_ID, label("enrol.nationalId"), List.of(), null, false);
  }

  /** Item {@code number} (from 1) of a rating. */
  static TemplateColumn item(int number) {
    return new TemplateColumn(
        "item" + number,
        "items[" + (number - 1) + "]",
        Cells.NUMBER,
        new DefaultMessageSourceResolvable(
            new String[] {"assessment.item"}, new Object[] {number}, "item " + number),
        List.of(),
        null,
        false);
  }

  /** The same column, which a sheet may lack: templates saved before it was added still read. */
  TemplateColumn mayBeMissing() {
    return new TemplateColumn(header, property, cells, label, codes, codePrefix, true);
  }

  boolean bound() {
    return property != null;
  }

  private static MessageSourceResolvable label(String key) {
    return new DefaultMessageSourceResolvable(new String[] {key}, key);
  }
}
