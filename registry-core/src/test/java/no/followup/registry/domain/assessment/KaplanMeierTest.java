package no.followup.registry.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.followup.registry.domain.assessment.KaplanMeier.Time;
import org.junit.jupiter.api.Test;

/**
 * A Kaplan–Meier table worked out by hand. Seven responders: relapses at 10, 30, 30 and 50 days,
 * censored at 20, 40 and 60 days.
 *
 * <pre>
 * day  at risk  relapses  share                    Greenwood sum d/(n(n-d))      95 % limits (log)
 *  10     7        1      6/7         = 0.857143   1/42           = 0.0238095   0.633447 – 1
 *  30     5        2      6/7 · 3/5   = 0.514286   + 2/15         = 0.1571429   0.236471 – 1
 *  50     2        1      · 1/2       = 0.257143   + 1/2          = 0.6571429   0.052499 – 1
 * </pre>
 *
 * The median is 50 days (the share first at or below one half); its lower limit 30 days (the lower
 * limit first at or below one half), its upper limit not reached (the upper limit stays at 1). R's
 * {@code survfit(Surv(t, e) ~ 1)} gives the same (limits 0.6334465, 0.2364708, 0.0524993; median
 * 50, 0.95LCL 30, 0.95UCL NA).
 */
class KaplanMeierTest {

  private static final List<Time> TABLE =
      List.of(
          new Time(30, 2, 0),
          new Time(10, 1, 0),
          new Time(20, 0, 1),
          new Time(40, 0, 1),
          new Time(50, 1, 0),
          new Time(60, 0, 1));

  private final KaplanMeier estimate = KaplanMeier.of(TABLE);

  @Test
  void the_share_falls_at_each_relapse_by_the_share_of_those_still_followed() {
    assertThat(estimate.steps()).extracting(KaplanMeier.Step::days).containsExactly(10, 30, 50);
    assertThat(estimate.steps()).extracting(KaplanMeier.Step::atRisk).containsExactly(7, 5, 2);
    assertThat(estimate.steps()).extracting(KaplanMeier.Step::relapses).containsExactly(1, 2, 1);
    assertThat(estimate.steps().get(0).share()).isCloseTo(0.857143, within(1e-6));
    assertThat(estimate.steps().get(1).share()).isCloseTo(0.514286, within(1e-6));
    assertThat(estimate.steps().get(2).share()).isCloseTo(0.257143, within(1e-6));
    assertThat(estimate.people()).isEqualTo(7);
    assertThat(estimate.relapses()).isEqualTo(4);
  }

  @Test
  void the_confidence_limits_are_greenwoods_on_the_log_scale() {
    assertThat(estimate.steps().get(0).lower()).isCloseTo(0.633447, within(1e-6));
    assertThat(estimate.steps().get(1).lower()).isCloseTo(0.236471, within(1e-6));
    assertThat(estimate.steps().get(2).lower()).isCloseTo(0.052499, within(1e-6));
    assertThat(estimate.steps()).extracting(KaplanMeier.Step::upper).containsOnly(1.0);
  }

  @Test
  void
      the_share_at_a_day_holds_until_the_next_relapse_and_is_unknown_beyond_the_longest_follow_up() {
    assertThat(estimate.shareAt(9).getAsDouble()).isEqualTo(1.0);
    assertThat(estimate.shareAt(10).getAsDouble()).isCloseTo(0.857143, within(1e-6));
    assertThat(estimate.shareAt(29).getAsDouble()).isCloseTo(0.857143, within(1e-6));
    assertThat(estimate.shareAt(30).getAsDouble()).isCloseTo(0.514286, within(1e-6));
    assertThat(estimate.shareAt(60).getAsDouble()).isCloseTo(0.257143, within(1e-6));
    assertThat(estimate.shareAt(61)).isEmpty();
    assertThat(KaplanMeier.of(List.of()).shareAt(0)).isEmpty();
  }

  @Test
  void the_share_is_published_to_three_decimals_rounded_half_up() {
    assertThat(estimate.publishedShareAt(10)).contains(new java.math.BigDecimal("0.857"));
    assertThat(estimate.publishedShareAt(30)).contains(new java.math.BigDecimal("0.514"));
    assertThat(estimate.publishedShareAt(60)).contains(new java.math.BigDecimal("0.257"));
    assertThat(estimate.publishedShareAt(9)).contains(new java.math.BigDecimal("1.000"));
    assertThat(estimate.publishedShareAt(61)).isEmpty();
  }

  @Test
  void the_median_and_its_limits_are_where_the_curves_first_reach_one_half() {
    assertThat(estimate.median()).contains(50);
    assertThat(estimate.medianLower()).contains(30);
    assertThat(estimate.medianUpper()).isEmpty();
  }

  @Test
  void a_share_of_exactly_one_half_is_the_median_and_everyone_relapsing_ends_at_zero() {
    KaplanMeier half = KaplanMeier.of(List.of(new Time(5, 1, 0), new Time(8, 0, 1)));
    assertThat(half.median()).contains(5);
    assertThat(half.steps().get(0).share()).isEqualTo(0.5);

    KaplanMeier all = KaplanMeier.of(List.of(new Time(3, 1, 0), new Time(7, 1, 0)));
    assertThat(all.steps().get(1).share()).isZero();
    assertThat(all.steps().get(1).lower()).isZero();
    assertThat(all.steps().get(1).upper()).isZero();
    assertThat(all.medianUpper()).contains(7);
    assertThat(all.shareAt(7).getAsDouble()).isZero();
  }

  @Test
  void nobody_relapsing_keeps_everyone_in_response() {
    KaplanMeier none = KaplanMeier.of(List.of(new Time(100, 0, 3)));

    assertThat(none.steps()).isEmpty();
    assertThat(none.shareAt(100).getAsDouble()).isEqualTo(1.0);
    assertThat(none.median()).isEmpty();
    assertThat(none.people()).isEqualTo(3);
    assertThat(none.relapses()).isZero();
  }
}
