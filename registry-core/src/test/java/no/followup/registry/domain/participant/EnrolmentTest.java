package no.followup.registry.domain.participant;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.consent.Withdrawal;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  @Test
  void accepts_an_informed_consent_given_before_enrolment() {
    Violations violations =
        Enrolment.checkNew(
            ENROLMENT_DATE,
            new Consent(true, true, ENROLMENT_DATE.minusDays(2)),
            TODAY,
            new Violations());

    assertThat(violations.all()).isEmpty();
  }

  @Test
  void refuses_enrolment_without_off_label_information_or_registry_consent() {
    Violations violations =
        Enrolment.checkNew(
            ENROLMENT_DATE, new Consent(false, false, ENROLMENT_DATE), TODAY, new Violations());

    assertThat(violations.all())
        .extracting(Violation::field, Violation::rule)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "consent.offLabelInformed", "off-label-information-required"),
            org.assertj.core.groups.Tuple.tuple(
                "consent.registryConsent", "registry-consent-required"));
  }

  @Test
  void refuses_enrolment_before_consent_and_in_the_future() {
    Violations beforeConsent =
        Enrolment.checkNew(
            ENROLMENT_DATE,
            new Consent(true, true, ENROLMENT_DATE.plusDays(1)),
            TODAY,
            new Violations());
    Violations future =
        Enrolment.checkNew(
            TODAY.plusDays(1), new Consent(true, true, TODAY), TODAY, new Violations());

    assertThat(beforeConsent.all())
        .extracting(Violation::rule)
        .containsExactly("not-before-consent");
    assertThat(future.all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("enrolmentDate", "not-in-future"));
  }

  @Test
  void accepts_records_from_consent_until_withdrawal_day_inclusive() {
    Enrolment enrolment =
        anEnrolment()
            .consentedOn(ENROLMENT_DATE.minusDays(3))
            .withdrawnOn(LocalDate.of(2026, 3, 1))
            .build();

    assertThat(
            enrolment
                .checkRecordDate("date", ENROLMENT_DATE.minusDays(3), TODAY, new Violations())
                .all())
        .isEmpty();
    assertThat(
            enrolment
                .checkRecordDate("date", LocalDate.of(2026, 3, 1), TODAY, new Violations())
                .all())
        .isEmpty();
  }

  @Test
  void refuses_records_before_consent_after_withdrawal_and_in_the_future() {
    Enrolment enrolment = anEnrolment().withdrawnOn(LocalDate.of(2026, 3, 1)).build();

    assertThat(
            enrolment
                .checkRecordDate("date", ENROLMENT_DATE.minusDays(4), TODAY, new Violations())
                .all())
        .extracting(Violation::rule)
        .containsExactly("not-before-consent");
    assertThat(
            enrolment
                .checkRecordDate("date", LocalDate.of(2026, 3, 2), TODAY, new Violations())
                .all())
        .extracting(Violation::rule)
        .containsExactly("not-after-withdrawal");
    assertThat(
            anEnrolment()
                .build()
                .checkRecordDate("onsetDate", TODAY.plusDays(1), TODAY, new Violations())
                .all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("onsetDate", "not-in-future"));
  }

  @Test
  void an_enrolment_without_consent_is_refused_for_it() {
    assertThat(Enrolment.checkNew(ENROLMENT_DATE, null, TODAY, new Violations()).all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("consent", "required"));
  }

  @Test
  void a_record_without_a_date_is_refused_for_it_alone() {
    Violations violations = new Violations();

    assertThat(anEnrolment().build().checkRecordDate("date", null, TODAY, violations))
        .isSameAs(violations);
    assertThat(violations.all()).extracting(Violation::rule).containsExactly("required");
  }

  @Test
  void withdrawing_and_discontinuing_keep_everything_else() {
    Enrolment active = anEnrolment().build();
    LocalDate day = ENROLMENT_DATE.plusDays(40);

    Enrolment withdrawn = active.withdraw(new Withdrawal(day, "moved"));
    Enrolment discontinued =
        active.discontinue(new Discontinuation(day, Discontinuation.Reason.OTHER));

    assertThat(active.isWithdrawn()).isFalse();
    assertThat(withdrawn.isWithdrawn()).isTrue();
    assertThat(withdrawn.withdrawal()).contains(new Withdrawal(day, "moved"));
    assertThat(withdrawn).usingRecursiveComparison().ignoringFields("withdrawal").isEqualTo(active);
    assertThat(discontinued.isWithdrawn()).isFalse();
    assertThat(discontinued.discontinuation())
        .contains(new Discontinuation(day, Discontinuation.Reason.OTHER));
    assertThat(discontinued)
        .usingRecursiveComparison()
        .ignoringFields("discontinuation")
        .isEqualTo(active);
  }

  @Test
  void an_enrolment_is_active_until_treatment_ends_and_withdrawn_once_consent_is_withdrawn() {
    assertThat(anEnrolment().build().status()).isEqualTo(FollowUpStatus.ACTIVE);
    assertThat(anEnrolment().discontinuedOn(ENROLMENT_DATE.plusDays(20)).build().status())
        .isEqualTo(FollowUpStatus.TREATMENT_ENDED);
    assertThat(anEnrolment().withdrawnOn(ENROLMENT_DATE.plusDays(30)).build().status())
        .isEqualTo(FollowUpStatus.WITHDRAWN);
    assertThat(
            anEnrolment()
                .discontinuedOn(ENROLMENT_DATE.plusDays(20))
                .withdrawnOn(ENROLMENT_DATE.plusDays(30))
                .build()
                .status())
        .isEqualTo(FollowUpStatus.WITHDRAWN);
  }
}
