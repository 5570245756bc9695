package no.followup.registry.export.dataset;

import java.util.List;

/** A dataset of the catalogue: its name, what it holds, its sheets. */
public record DatasetDescription(String name, String description, List<String> sheets) {

  public static final String AGGREGATED_OUTCOMES = "aggregated-outcomes";
  public static final String EVALUATION_2028 = "evaluation-2028";

  public static final List<DatasetDescription> CATALOGUE =
      List.of(
          new DatasetDescription(
              AGGREGATED_OUTCOMES,
              "The national aggregation per site, health region and nation: cohort, MADRS outcomes"
                  + " per visit, adverse events per 100 infusions; small counts suppressed.",
              List.of("README", "codebook", "cohort", "outcomes", "adverse_events")),
          new DatasetDescription(
              EVALUATION_2028,
              "Pseudonymised row-level data for the 2028 national evaluation: release pseudonyms,"
                  + " days since enrolment, no dates, identifiers or internal ids; participants who"
                  + " withdrew consent left out.",
              List.of(
                  "README",
                  "codebook",
                  "participants",
                  "infusions",
                  "assessments",
                  "adverse_events",
                  "lab_results")));
}
