package no.followup.registry.domain.study;

/**
 * A rating instrument used by a study, with its item count and ranges: MADRS has 10 items scored
 * 0–6 (total 0–60, item 10 is suicidal thoughts); PHQ-9 has 9 items scored 0–3 (total 0–27).
 */
public record InstrumentDefinition(String code, String label, int itemCount, int itemMax) {

  public InstrumentDefinition {
    if (itemCount < 1 || itemMax < 1) {
      throw new IllegalArgumentException(
          "an instrument has at least one item with a positive maximum");
    }
  }

  public int totalMax() {
    return itemCount * itemMax;
  }
}
