package no.followup.registry.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import no.followup.registry.application.report.NationalAggregationReport.EpisodeResponse;
import no.followup.registry.application.report.NationalAggregationReport.EpisodeResponse.DaysToResponse;
import no.followup.registry.application.report.NationalAggregationReport.EpisodeResponse.DurationRow;
import no.followup.registry.domain.assessment.KaplanMeier;
import org.junit.jupiter.api.Test;

class EpisodeResponseTest {

  @Test
  void the_median_days_to_response_of_counted_days_worked_out_by_hand() {
    // 14, 21, 21 → 21; 14, 21, 21, 28 → (21 + 21) / 2; 10, 21 → 15.5.
    assertThat(EpisodeResponse.median(List.of(days(14, 1), days(21, 2))))
        .isEqualByComparingTo("21");
    assertThat(EpisodeResponse.median(List.of(days(28, 1), days(14, 1), days(21, 2))))
        .isEqualByComparingTo("21");
    assertThat(EpisodeResponse.median(List.of(days(21, 1), days(10, 1))))
        .isEqualTo(new BigDecimal("15.5"));
    assertThat(EpisodeResponse.median(List.of())).isNull();
  }

  @Test
  void every_kind_is_reported_in_course_order_each_from_its_own_rows() {
    List<EpisodeResponse> kinds =
        EpisodeResponse.everyKind(
            List.of(days("RETREATMENT", 18, 2), days("INDUCTION", 21, 3)),
            List.of(
                new DurationRow("INDUCTION", new KaplanMeier.Time(30, 1, 0)),
                new DurationRow("INDUCTION", new KaplanMeier.Time(60, 0, 2)),
                new DurationRow("RETREATMENT", new KaplanMeier.Time(10, 0, 2))));

    assertThat(kinds)
        .extracting(
            EpisodeResponse::kind,
            EpisodeResponse::medianDaysToResponse,
            r -> r.durability().responders(),
            r -> r.durability().relapses())
        .containsExactly(
            tuple("INDUCTION", new BigDecimal("21.0"), 3, 1),
            tuple("MAINTENANCE", null, 0, 0),
            tuple("RETREATMENT", new BigDecimal("18.0"), 2, 0));
  }

  private static DaysToResponse days(int days, int responders) {
    return days("INDUCTION", days, responders);
  }

  private static DaysToResponse days(String kind, int days, int responders) {
    return new DaysToResponse(kind, days, responders);
  }
}
