package no.followup.registry.domain.safety;

import static no.followup.registry.domain.safety.SignalState.CLOSED;
import static no.followup.registry.domain.safety.SignalState.NEW;
import static no.followup.registry.domain.safety.SignalState.UNDER_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Violation;
import org.junit.jupiter.api.Test;

class SignalTriageTest {

  static final Instant RAISED = Instant.parse("2026-12-01T08:00:00Z");
  static final Instant LATER = Instant.parse("2026-12-01T09:30:00Z");

  static final SignalTriage.Step TAKE_UP =
      new SignalTriage.Step(UNDER_ASSESSMENT, null, null, null, null);
  static final SignalTriage.Step CLOSE =
      new SignalTriage.Step(
          CLOSED,
          Causality.PROBABLE,
          Expectedness.EXPECTED,
          SignalAction.SITE_FOLLOW_UP,
          "  known reaction  ");

  @Test
  void a_raised_signal_is_new_and_taken_by_nobody() {
    SignalTriage raised = SignalTriage.raised(RAISED);
    assertThat(raised.state()).isEqualTo(NEW);
    assertThat(raised.by()).isNull();
    assertThat(raised.at()).isEqualTo(RAISED);
    assertThat(raised.causality()).isEmpty();
  }

  @Test
  void a_step_goes_anywhere_but_where_the_signal_is_and_never_back_to_new() {
    SignalTriage raised = SignalTriage.raised(RAISED);
    SignalTriage underAssessment = raised.next(TAKE_UP, "coordinator", LATER);
    SignalTriage closed = raised.next(CLOSE, "coordinator", LATER);

    assertThat(raised.allows(UNDER_ASSESSMENT)).isTrue();
    assertThat(raised.allows(CLOSED)).isTrue();
    assertThat(raised.allows(NEW)).isFalse();
    assertThat(underAssessment.allows(UNDER_ASSESSMENT)).isFalse();
    assertThat(underAssessment.allows(CLOSED)).isTrue();
    assertThat(underAssessment.allows(NEW)).isFalse();
    assertThat(closed.allows(CLOSED)).isFalse();
    assertThat(closed.allows(UNDER_ASSESSMENT)).isTrue();
    assertThat(closed.allows(NEW)).isFalse();
  }

  @Test
  void closing_keeps_the_conclusion_who_and_when_with_the_comment_trimmed() {
    SignalTriage closed =
        SignalTriage.raised(RAISED).next(TAKE_UP, "coordinator", RAISED).next(CLOSE, "kari", LATER);

    assertThat(closed)
        .isEqualTo(
            new SignalTriage(
                CLOSED,
                Optional.of(Causality.PROBABLE),
                Optional.of(Expectedness.EXPECTED),
                Optional.of(SignalAction.SITE_FOLLOW_UP),
                Optional.of("known reaction"),
                "kari",
                LATER));
  }

  @Test
  void closing_needs_causality_expectedness_and_action() {
    assertThat(
            rejected(
                SignalTriage.raised(RAISED), new SignalTriage.Step(CLOSED, null, null, null, null)))
        .containsExactly("causality:required", "expectedness:required", "action:required");
    assertThat(
            rejected(
                SignalTriage.raised(RAISED),
                new SignalTriage.Step(CLOSED, Causality.UNLIKELY, null, SignalAction.NONE, null)))
        .containsExactly("expectedness:required");
  }

  @Test
  void reopening_needs_a_reason_and_forgets_the_old_conclusion() {
    SignalTriage closed = SignalTriage.raised(RAISED).next(CLOSE, "kari", LATER);

    assertThat(rejected(closed, TAKE_UP)).containsExactly("comment:required");
    assertThat(rejected(closed, new SignalTriage.Step(UNDER_ASSESSMENT, null, null, null, "   ")))
        .containsExactly("comment:required");

    SignalTriage reopened =
        closed.next(
            new SignalTriage.Step(UNDER_ASSESSMENT, null, null, null, "new information"),
            "ola",
            LATER.plusSeconds(60));
    assertThat(reopened.state()).isEqualTo(UNDER_ASSESSMENT);
    assertThat(reopened.causality()).isEmpty();
    assertThat(reopened.expectedness()).isEmpty();
    assertThat(reopened.action()).isEmpty();
    assertThat(reopened.comment()).contains("new information");
    assertThat(reopened.by()).isEqualTo("ola");
  }

  @Test
  void taking_a_new_signal_up_needs_no_comment_and_a_blank_one_is_none() {
    SignalTriage takenUp =
        SignalTriage.raised(RAISED)
            .next(new SignalTriage.Step(UNDER_ASSESSMENT, null, null, null, " "), "kari", LATER);
    assertThat(takenUp.comment()).isEmpty();
    assertThat(takenUp.causality()).isEmpty();
  }

  @Test
  void a_step_names_its_state_and_its_comment_holds_no_national_id_and_has_a_limit() {
    SignalTriage raised = SignalTriage.raised(RAISED);
    assertThat(rejected(raised, new SignalTriage.Step(null, null, null, null, null)))
        .containsExactly("state:required");
    assertThat(
            rejected(
                raised,
                new SignalTriage.Step(
                    UNDER_ASSESSMENT,
                    null,
                    null,
                    null,
                    "x".repeat(SignalTriage.COMMENT_MAX_LENGTH + 1))))
        .containsExactly("comment:max-length");
    assertThat(
            rejected(
                raised,
                new SignalTriage.Step(
                    UNDER_ASSESSMENT,
                    null,
                    null,
                    null,
                    "x".repeat(SignalTriage.COMMENT_MAX_LENGTH))))
        .isEmpty();
  }

  private static List<String> rejected(SignalTriage from, SignalTriage.Step step) {
    try {
      from.next(step, "kari", LATER);
      return List.of();
    } catch (RecordRejectedException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }
  }

  @Test
  void a_rejected_step_says_so_as_an_exception() {
    assertThatThrownBy(
            () ->
                SignalTriage.raised(RAISED)
                    .next(new SignalTriage.Step(CLOSED, null, null, null, null), "kari", LATER))
        .isInstanceOf(RecordRejectedException.class)
        .extracting(e -> ((RecordRejectedException) e).violations().get(0))
        .extracting(Violation::rejects)
        .isEqualTo(true);
  }
}
