package no.followup.registry.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViolationsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void every_check_chains_and_collects_every_broken_rule() {
    Violations violations =
        new Violations()
            .required("date", null)
            .inRange("weightKg", 10, 20, 350)
            .notInFuture("consentDate", TODAY.plusDays(1), TODAY)
            .reject("site", "known-site", "site must be known")
            .add(Violation.warning("date", "visit-window", "outside the window"));

    assertThat(violations.all())
        .extracting(Violation::field, Violation::rule, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("date", "required", "date is required"),
            org.assertj.core.groups.Tuple.tuple(
                "weightKg", "range", "weightKg must be between 20 and 350"),
            org.assertj.core.groups.Tuple.tuple(
                "consentDate", "not-in-future", "consentDate must not be after today (2026-12-01)"),
            org.assertj.core.groups.Tuple.tuple("site", "known-site", "site must be known"),
            org.assertj.core.groups.Tuple.tuple("date", "visit-window", "outside the window"));
  }

  @ParameterizedTest(name = "{0} in [0.01, 5] → violation {1}")
  @CsvSource({"0.0099, true", "0.01, false", "5, false", "5.0001, true"})
  void a_range_includes_both_ends(String value, boolean broken) {
    Violations violations = new Violations().inRange("doseMgPerKg", new BigDecimal(value), 0.01, 5);

    assertThat(violations.rejects()).isEqualTo(broken);
    if (broken) {
      assertThat(violations.all().get(0).message())
          .isEqualTo("doseMgPerKg must be between 0.01 and 5");
    }
  }

  @Test
  void missing_values_are_not_range_or_date_violations() {
    assertThat(
            new Violations()
                .inRange("weightKg", null, 20, 350)
                .notInFuture("date", null, TODAY)
                .all())
        .isEmpty();
  }

  @Test
  void today_is_not_in_the_future() {
    assertThat(new Violations().notInFuture("date", TODAY, TODAY).all()).isEmpty();
  }

  @Test
  void warnings_do_not_reject_and_are_returned_when_nothing_rejects() {
    Violations violations =
        new Violations().add(Violation.warning("date", "visit-window", "outside the window"));

    assertThat(violations.rejects()).isFalse();
    assertThat(violations.throwIfRejected())
        .extracting(Violation::rule)
        .containsExactly("visit-window");
  }

  @Test
  void a_rejection_throws_with_every_violation_and_only_warnings_are_warnings() {
    Violations violations =
        new Violations()
            .add(Violation.warning("date", "visit-window", "outside the window"))
            .reject("weightKg", "range", "weightKg must be between 20 and 350");

    assertThat(violations.warnings()).extracting(Violation::rule).containsExactly("visit-window");
    assertThatThrownBy(violations::throwIfRejected)
        .isInstanceOfSatisfying(
            RecordRejectedException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::rule)
                    .containsExactly("visit-window", "range"))
        .hasMessage("record rejected: [visit-window, range]");
  }

  @Test
  void decimals_compare_by_value() {
    assertThat(Decimals.normalized(new BigDecimal("0.500"))).isEqualTo(new BigDecimal("0.5"));
    assertThat(Decimals.normalized(new BigDecimal("70.0"))).isEqualTo(new BigDecimal("70"));
    assertThat(Decimals.normalized(new BigDecimal("1E+2")).toPlainString()).isEqualTo("100");
    assertThat(Decimals.normalized(new BigDecimal("100")).scale()).isZero();
    assertThat(Decimals.normalized(null)).isNull();
  }
}
