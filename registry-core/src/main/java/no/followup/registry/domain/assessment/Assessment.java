package no.followup.registry.domain.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;

/**
 * One instrument scored at one visit. {@code items} is empty when only the total was reported;
 * otherwise the total is their sum.
 */
public record Assessment(
    UUID id,
    EnrolmentId enrolmentId,
    LocalDate date,
    String visitCode,
    String instrumentCode,
    int totalScore,
    List<Integer> items) {

  public static final String MADRS = "MADRS";
  public static final String PHQ9 = "PHQ9";
  private static final int MADRS_SUICIDAL_THOUGHTS_ITEM = 10;

  public Assessment {
    items = List.copyOf(items);
  }

  /** MADRS item 10 (suicidal thoughts, 0–6) when items were reported. */
  public Optional<Integer> suicidalThoughts() {
    return MADRS.equals(instrumentCode) && items.size() >= MADRS_SUICIDAL_THOUGHTS_ITEM
        ? Optional.of(items.get(MADRS_SUICIDAL_THOUGHTS_ITEM - 1))
        : Optional.empty();
  }
}
