package no.followup.registry.domain.assessment;

/**
 * Response and remission at a visit, from MADRS: response is a fall of at least 50 % from baseline;
 * remission is a MADRS of 10 or less.
 */
public record DepressionOutcome(int baselineMadrs, int madrs) {

  static final int REMISSION_MAX_MADRS = 10;

  public DepressionOutcome {
    if (baselineMadrs < 0 || madrs < 0) {
      throw new IllegalArgumentException("MADRS scores are not negative");
    }
  }

  public int change() {
    return madrs - baselineMadrs;
  }

  /** At least half the baseline score gone; a baseline of 0 leaves nothing to respond with. */
  public boolean response() {
    return baselineMadrs > 0 && 2 * (baselineMadrs - madrs) >= baselineMadrs;
  }

  public boolean remission() {
    return madrs <= REMISSION_MAX_MADRS;
  }
}
