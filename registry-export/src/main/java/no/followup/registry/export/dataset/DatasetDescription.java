package no.followup.registry.export.dataset;

import java.util.List;
import no.followup.registry.application.export.Datasets;

/**
 * A dataset of the catalogue: its name, what it holds, its sheets, and the codebook of its data
 * sheets (the same columns the file's codebook sheet lists).
 */
public record DatasetDescription(
    String name, String description, List<String> sheets, List<CodebookSheet> codebook) {

  public static final List<DatasetDescription> CATALOGUE =
      List.of(
          of(
              Datasets.AGGREGATED_OUTCOMES,
              "The national aggregation per site, health region and nation: cohort, MADRS outcomes"
                  + " per visit, adverse events per 100 infusions, follow-up completeness (when"
                  + " its report ran for the date), charts of the published cells; small counts"
                  + " suppressed.",
              List.of("README", "codebook", "charts"),
              AggregatedOutcomesSheets.CODEBOOK),
          of(
              Datasets.EVALUATION_2028,
              "Pseudonymised row-level data for the 2028 national evaluation: release pseudonyms,"
                  + " days since enrolment, no dates, identifiers or internal ids; participants who"
                  + " withdrew consent left out.",
              List.of("README", "codebook"),
              Evaluation2028Dataset.CODEBOOK));

  /** The catalogue's dataset of the name. */
  public static DatasetDescription named(String name) {
    return CATALOGUE.stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no dataset " + name));
  }

  /** Every column of the data sheets, as {@code sheet.column}. */
  public List<String> variables() {
    return codebook.stream()
        .flatMap(sheet -> sheet.columns().stream().map(c -> sheet.sheet() + "." + c.name()))
        .toList();
  }

  private static DatasetDescription of(
      String name, String description, List<String> first, List<CodebookSheet> codebook) {
    List<String> sheets = new java.util.ArrayList<>(first);
    codebook.forEach(sheet -> sheets.add(sheet.sheet()));
    return new DatasetDescription(name, description, List.copyOf(sheets), codebook);
  }
}
