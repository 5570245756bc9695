package no.followup.registry.export.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.followup.registry.export.excel.Column;
import no.followup.registry.export.excel.ColumnType;

/**
 * Syntax that reads a CSV release into R, Stata and SPSS with the codebook's labels: variable
 * labels for every column, coded columns as factors (R) or labelled numbers (Stata) whose every
 * value must be one the codebook lists, yes/no columns as logical or labelled 0/1. Generated from
 * the columns the release holds, so it cannot drift from them.
 */
final class StatisticsSyntax {

  /** Stata's longest variable label. */
  private static final int STATA_LABEL = 80;

  /** SPSS's longest variable label, in bytes; labels here are kept shorter, in characters. */
  private static final int SPSS_LABEL = 200;

  private StatisticsSyntax() {}

  static String r(String release, Map<String, List<Column>> tables) {
    StringBuilder r = new StringBuilder();
    r.append("# Reads release ")
        .append(release)
        .append(" of the follow-up registry with base R (no packages needed): one data frame\n")
        .append("# per table; each column carries its codebook label (attribute \"label\"), coded")
        .append(" columns are\n# factors with the codebook's values (any other value stops the")
        .append(" script), yes/no columns are logical.\n")
        .append("# Run it in the folder the zip was unpacked to: source(\"read_release.R\")\n\n");
    for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
      String name = table.getKey();
      List<Column> columns = table.getValue();
      r.append(name)
          .append(" <- read.csv(\"")
          .append(name)
          .append(".csv\", colClasses = c(")
          .append(
              columns.stream()
                  .map(c -> rString(rClass(c.type())))
                  .collect(Collectors.joining(", ")))
          .append("),\n    na.strings = \"\", fileEncoding = \"UTF-8\", check.names = FALSE)\n");
      for (Column c : columns) {
        String column = name + "[[" + rString(c.name()) + "]]";
        if (!c.codes().isEmpty()) {
          String levels =
              c.codes().stream().map(StatisticsSyntax::rString).collect(Collectors.joining(", "));
          r.append("stopifnot(all(is.na(")
              .append(column)
              .append(") | ")
              .append(column)
              .append(" %in% c(")
              .append(levels)
              .append(")))\n")
              .append(column)
              .append(" <- factor(")
              .append(column)
              .append(", levels = c(")
              .append(levels)
              .append("))\n");
        }
        if (c.type() == ColumnType.BOOLEAN) {
          r.append(column).append(" <- as.logical(").append(column).append(")\n");
        }
        r.append("attr(")
            .append(column)
            .append(", \"label\") <- ")
            .append(rString(c.label()))
            .append('\n');
      }
      r.append('\n');
    }
    r.append("release_tables <- c(")
        .append(
            tables.keySet().stream()
                .map(StatisticsSyntax::rString)
                .collect(Collectors.joining(", ")))
        .append(")\n");
    return r.toString();
  }

  static String stata(String release, Map<String, List<Column>> tables) {
    StringBuilder s = new StringBuilder();
    s.append("* Reads release ")
        .append(release)
        .append(" of the follow-up registry into Stata (14 or later): one .dta per table,\n")
        .append("* with variable labels, coded columns as labelled numbers (a value the codebook")
        .append(" does not list stops the do-file),\n* yes/no columns labelled 0/1. Run it in the")
        .append(" folder the zip was unpacked to: do read_release.do\n")
        .append("version 14\n")
        .append("label define yesno 0 \"no\" 1 \"yes\", replace\n\n");
    for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
      String name = table.getKey();
      List<Column> columns = table.getValue();
      List<String> text = new ArrayList<>();
      List<String> numbers = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        (columns.get(i).type() == ColumnType.TEXT ? text : numbers).add(Integer.toString(i + 1));
      }
      s.append("import delimited using \"")
          .append(name)
          .append(".csv\", clear varnames(1) case(preserve) encoding(\"utf-8\") delimiters(\",\")");
      if (!text.isEmpty()) {
        s.append(" stringcols(").append(String.join(" ", text)).append(')');
      }
      if (!numbers.isEmpty()) {
        s.append(" numericcols(").append(String.join(" ", numbers)).append(')');
      }
      s.append('\n');
      for (Column c : columns) {
        if (!c.codes().isEmpty()) {
          s.append("label define ").append(c.name());
          for (int i = 0; i < c.codes().size(); i++) {
            s.append(' ').append(i + 1).append(' ').append(stataString(c.codes().get(i)));
          }
          s.append(", replace\n")
              .append("encode ")
              .append(c.name())
              .append(", generate(")
              .append(c.name())
              .append("__c) label(")
              .append(c.name())
              .append(") noextend\n")
              .append("drop ")
              .append(c.name())
              .append("\nrename ")
              .append(c.name())
              .append("__c ")
              .append(c.name())
              .append('\n');
        }
        if (c.type() == ColumnType.BOOLEAN) {
          s.append("label values ").append(c.name()).append(" yesno\n");
        }
        s.append("label variable ")
            .append(c.name())
            .append(' ')
            .append(stataString(shortened(c.label(), STATA_LABEL)))
            .append('\n');
      }
      s.append("order ")
          .append(columns.stream().map(Column::name).collect(Collectors.joining(" ")))
          .append("\nsave \"")
          .append(name)
          .append(".dta\", replace\n\n");
    }
    return s.toString();
  }

  static String spss(String release, Map<String, List<Column>> tables) {
    StringBuilder s = new StringBuilder();
    s.append("* Reads release ")
        .append(release)
        .append(" of the follow-up registry into SPSS: one .sav per table, with variable\n")
        .append("* labels and yes/no columns labelled 0/1; the codebook's values of coded columns")
        .append(" are listed above each table.\n* Run it from the folder the zip was unpacked")
        .append(" to (CD there first).\n\n");
    for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
      String name = table.getKey();
      List<Column> columns = table.getValue();
      for (Column c : columns) {
        if (!c.codes().isEmpty()) {
          s.append("* ")
              .append(c.name())
              .append(": ")
              .append(String.join(", ", c.codes()))
              .append(".\n");
        }
      }
      s.append("GET DATA\n  /TYPE=TXT\n  /FILE='")
          .append(name)
          .append(".csv'\n  /ENCODING='UTF8'\n  /DELCASE=LINE\n  /DELIMITERS=\",\"\n")
          .append("  /QUALIFIER='\"'\n  /ARRANGEMENT=DELIMITED\n  /FIRSTCASE=2\n  /VARIABLES=\n");
      for (Column c : columns) {
        s.append("    ").append(c.name()).append(' ').append(spssFormat(c)).append('\n');
      }
      s.append(".\nVARIABLE LABELS\n");
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        s.append("    ")
            .append(c.name())
            .append(' ')
            .append(spssString(shortened(c.label(), SPSS_LABEL)))
            .append(i < columns.size() - 1 ? "\n" : ".\n");
      }
      List<String> yesNo =
          columns.stream().filter(c -> c.type() == ColumnType.BOOLEAN).map(Column::name).toList();
      if (!yesNo.isEmpty()) {
        s.append("VALUE LABELS ").append(String.join(" ", yesNo)).append(" 0 'no' 1 'yes'.\n");
      }
      s.append("SAVE OUTFILE='").append(name).append(".sav'.\nEXECUTE.\n\n");
    }
    return s.toString();
  }

  private static String rClass(ColumnType type) {
    return switch (type) {
      case INTEGER, BOOLEAN -> "integer";
      case DECIMAL -> "numeric";
      case TEXT -> "character";
    };
  }

  private static String spssFormat(Column c) {
    return switch (c.type()) {
      case INTEGER -> "F10.0";
      case DECIMAL -> "F12.4";
      case BOOLEAN -> "F1.0";
      case TEXT ->
          "A" + Math.max(32, c.codes().stream().mapToInt(String::length).max().orElse(100));
    };
  }

  private static String rString(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Stata's compound quotes hold any text but their own closing pair. */
  private static String stataString(String text) {
    return "`\"" + text.replace("\"'", "\" '") + "\"'";
  }

  private static String spssString(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
