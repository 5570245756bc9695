package no.followup.registry.application.export;

import java.util.List;

/** The datasets the registry releases, by the name they are requested under. */
public final class Datasets {

  /** The national aggregation, small counts suppressed: for researchers and coordinators. */
  public static final String AGGREGATED_OUTCOMES = "aggregated-outcomes";

  /** Pseudonymised rows: released only to a data-access project, for a locked date. */
  public static final String EVALUATION_2028 = "evaluation-2028";

  public static final List<String> ALL = List.of(AGGREGATED_OUTCOMES, EVALUATION_2028);

  private Datasets() {}

  public static boolean isRowLevel(String dataset) {
    return EVALUATION_2028.equals(dataset);
  }
}
