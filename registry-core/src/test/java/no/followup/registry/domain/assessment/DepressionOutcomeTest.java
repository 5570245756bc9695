package no.followup.registry.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepressionOutcomeTest {

  @ParameterizedTest(name = "baseline {0}, now {1}: response {2}, remission {3}")
  @CsvSource({
    "32, 16, true, false", // exactly half gone: response
    "32, 17, false, false", // just short of half
    "33, 16, true, false", // odd baseline: 17 of 33 gone is more than half
    "33, 17, false, false", // 16 of 33 gone is less than half
    "20, 10, true, true", // remission at 10
    "12, 11, false, false", // 11 is not remission
    "8, 9, false, true", // worse, but still at or below 10
    "0, 0, false, true" // no baseline symptoms: nothing to respond with
  })
  void response_is_at_least_half_gone_and_remission_is_madrs_10_or_less(
      int baseline, int now, boolean response, boolean remission) {
    DepressionOutcome outcome = new DepressionOutcome(baseline, now);

    assertThat(outcome.response()).isEqualTo(response);
    assertThat(outcome.remission()).isEqualTo(remission);
    assertThat(outcome.change()).isEqualTo(now - baseline);
  }
}
