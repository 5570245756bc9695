package no.followup.registry.domain.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.EnrolmentRecord;

/**
 * One instrument scored at one visit. A site reports item scores, a total, or both; {@code items}
 * is empty when only the total was reported. Once checked, the total is always present.
 */
public record Assessment(
    UUID id,
    EnrolmentId enrolmentId,
    LocalDate date,
    String visitCode,
    String instrumentCode,
    Integer totalScore,
    List<Integer> items)
    implements EnrolmentRecord {

  public static final String MADRS = "MADRS";
  public static final String PHQ9 = "PHQ9";

  /**
   * The study's short urinary-symptom questionnaire (self-report, six items 0–3: frequency,
   * urgency, nocturia, pain on passing urine, bladder pain, blood in urine), for the bladder harms
   * of prolonged use.
   */
  public static final String URINARY = "URINARY";

  private static final int MADRS_SUICIDAL_THOUGHTS_ITEM = 10;
  private static final int PHQ9_SELF_HARM_ITEM = 9;

  public Assessment {
    items =
        items == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
  }

  /** MADRS item 10 (suicidal thoughts, 0–6) when items were reported. */
  public Optional<Integer> suicidalThoughts() {
    return item(MADRS, MADRS_SUICIDAL_THOUGHTS_ITEM);
  }

  /**
   * PHQ-9 item 9 (thoughts of being better off dead or of hurting oneself, 0–3) when items were
   * reported.
   */
  public Optional<Integer> selfHarmThoughts() {
    return item(PHQ9, PHQ9_SELF_HARM_ITEM);
  }

  /** The urinary-symptom score (0–18): the total, or the sum of the items reported. */
  public Optional<Integer> urinarySymptoms() {
    if (!URINARY.equals(instrumentCode)) {
      return Optional.empty();
    }
    return totalScore != null
        ? Optional.of(totalScore)
        : Optional.of(items.stream().filter(Objects::nonNull).mapToInt(i -> i).sum());
  }

  private Optional<Integer> item(String instrument, int number) {
    return instrument.equals(instrumentCode) && items.size() >= number
        ? Optional.ofNullable(items.get(number - 1))
        : Optional.empty();
  }
}
