package no.followup.registry.domain.treatment;

import static no.followup.registry.domain.fixtures.InfusionFixture.anInfusion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.followup.registry.domain.participant.EnrolmentId;
import org.junit.jupiter.api.Test;

/** Cumulative exposure, worked out by hand. */
class ExposureTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final EnrolmentId ENROLMENT = new EnrolmentId(java.util.UUID.randomUUID());

  @Test
  void counts_sessions_and_milligrams_per_drug_in_the_last_28_days_and_the_last_year() {
    List<Infusion> sessions =
        List.of(
            // 0.5 mg/kg at 72.5 kg = 36.25, shown to a tenth: 36.3 mg. A year and a day before:
            // out.
            anInfusion().on(AS_OF.minusDays(365)).of(ENROLMENT),
            anInfusion().on(AS_OF.minusDays(364)).of(ENROLMENT),
            anInfusion().on(AS_OF.minusDays(28)).of(ENROLMENT),
            anInfusion().on(AS_OF.minusDays(27)).of(ENROLMENT),
            anInfusion().esketamine("84").on(AS_OF).of(ENROLMENT),
            anInfusion().esketamine("56").on(AS_OF.minusDays(7)).of(ENROLMENT),
            anInfusion().esketamine("84").on(AS_OF.plusDays(1)).of(ENROLMENT)); // after: out

    assertThat(Exposure.of(sessions, AS_OF))
        .extracting(
            Exposure::drug,
            Exposure::sessionsIn28Days,
            e -> e.mgIn28Days().toPlainString(),
            Exposure::sessionsInYear,
            e -> e.mgInYear().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Drug.RACEMIC_KETAMINE, 1, "36.3", 3, "108.9"),
            org.assertj.core.groups.Tuple.tuple(Drug.ESKETAMINE, 2, "140", 2, "140"));
  }

  @Test
  void a_participant_without_sessions_has_no_exposure() {
    assertThat(Exposure.of(List.of(), AS_OF)).isEmpty();
  }
}
