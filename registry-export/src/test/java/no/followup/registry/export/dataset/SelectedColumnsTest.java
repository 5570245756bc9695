package no.followup.registry.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.followup.registry.export.excel.Column;
import org.junit.jupiter.api.Test;

/** A release's columns take their values by name: a row that does not match its sheet fails. */
class SelectedColumnsTest {

  private static final List<Column> INFUSIONS =
      List.of(
          Column.text("participant", "Pseudonym", "", ""),
          Column.text("enrolment", "Pseudonym", "", ""),
          Column.integer("day", "Day", "days", "", ""),
          Column.decimal("dose_mg", "Dose", "mg", "", ""));

  @Test
  void the_pseudonyms_and_the_approved_columns_are_released_in_the_sheets_order() {
    SelectedColumns selected =
        new SelectedColumns("infusions", INFUSIONS, Set.of("infusions.dose_mg"));

    assertThat(selected.columns())
        .extracting(Column::name)
        .containsExactly("participant", "enrolment", "dose_mg");
    assertThat(selected.pick(row("p", "e", 3, 84))).containsExactly("p", "e", 84);
  }

  @Test
  void a_row_without_a_value_for_a_column_or_with_a_value_no_column_names_is_refused() {
    SelectedColumns selected =
        new SelectedColumns("infusions", INFUSIONS, Set.of("infusions.day", "infusions.dose_mg"));
    Map<String, Object> lacking = row("p", "e", 3, 84);
    lacking.remove("dose_mg");
    Map<String, Object> extra = row("p", "e", 3, 84);
    extra.put("weight_kg", 61);

    assertThatThrownBy(() -> selected.pick(lacking))
        .hasMessageContaining("not the sheet's columns");
    assertThatThrownBy(() -> selected.pick(extra)).hasMessageContaining("not the sheet's columns");
  }

  private static Map<String, Object> row(String participant, String enrolment, int day, int dose) {
    Map<String, Object> row = new HashMap<>();
    row.put("participant", participant);
    row.put("enrolment", enrolment);
    row.put("day", day);
    row.put("dose_mg", dose);
    return row;
  }
}
