package no.followup.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateBucketsTest {

  @Test
  void a_caller_spends_its_burst_then_waits_while_another_caller_goes_on() {
    RateBuckets buckets = new RateBuckets(1, 3);

    assertThat(buckets.take("site:OUS", 1)).isZero();
    assertThat(buckets.take("site:OUS", 2)).isZero();
    long wait = buckets.take("site:OUS", 1);

    assertThat(wait).as("one token comes back within a second").isBetween(1L, 1_000_000_000L);
    assertThat(RateBuckets.seconds(wait)).isEqualTo(1);
    assertThat(buckets.take("site:HUS", 3)).isZero();
  }

  @Test
  void a_request_larger_than_the_burst_is_told_to_wait_at_most_an_hour() {
    RateBuckets buckets = new RateBuckets(1, 5);

    long wait = buckets.take("site:OUS", 6);

    assertThat(wait).isPositive();
    assertThat(RateBuckets.seconds(wait)).isBetween(1L, 3_600L);
  }
}
