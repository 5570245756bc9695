package no.followup.registry.domain.participant;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.consent.Withdrawal;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.site.SiteCode;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  @Test
  void an_enrolment_belongs_to_a_version_of_its_study_numbered_from_one() {
    Enrolment enrolment = anEnrolment().build();

    assertThat(enrolment.studyVersion()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                new Enrolment(
                    enrolment.id(),
                    enrolment.participantId(),
                    enrolment.site(),
                    enrolment.study(),
                    0,
                    enrolment.indication(),
                    enrolment.enrolmentDate(),
                    enrolment.consent(),
                    enrolment.withdrawal(),
                    enrolment.discontinuation(),
                    enrolment.followUpEnd(),
                    enrolment.lastTransfer(),
                    enrolment.eligibility()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("studyVersion");
  }

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
    FollowUpEnd lost = new FollowUpEnd(day, FollowUpEnd.Reason.LOST_TO_FOLLOW_UP, null);
    Enrolment ended = discontinued.endFollowUp(lost);
    assertThat(ended.followUpEnd()).contains(lost);
    assertThat(ended.discontinuation()).isEqualTo(discontinued.discontinuation());
    assertThat(ended)
        .usingRecursiveComparison()
        .ignoringFields("followUpEnd")
        .isEqualTo(discontinued);
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

  @Test
  void after_a_death_nothing_later_is_accepted_and_later_visits_are_not_expected() {
    LocalDate died = ENROLMENT_DATE.plusDays(40);
    Enrolment enrolment =
        anEnrolment().discontinuedOn(ENROLMENT_DATE.plusDays(20)).diedOn(died).build();

    assertThat(enrolment.status()).isEqualTo(FollowUpStatus.FOLLOW_UP_ENDED);
    assertThat(enrolment.followUpEnded()).contains(died);
    assertThat(enrolment.checkRecordDate("date", died, died.plusDays(5), new Violations()).all())
        .as("the day of death itself")
        .isEmpty();
    assertThat(
            enrolment
                .checkRecordDate("date", died.plusDays(1), died.plusDays(5), new Violations())
                .all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "not-after-end-of-follow-up"));
    assertThat(
            no.followup.registry.domain.fixtures.StudyFixture.ketamineTrd()
                .schedule()
                .statusOn(
                    no.followup.registry.domain.fixtures.StudyFixture.inductionFrom(ENROLMENT_DATE),
                    new no.followup.registry.domain.study.FirstAssessed(),
                    enrolment.followUpEnded(),
                    died.plusDays(400))
                .stream()
                .map(v -> v.visit().code() + " " + v.state()))
        .as("missed before the death, not expected after it")
        .contains("MIDWAY MISSED", "MONTH_1 NOT_EXPECTED", "MONTH_24 NOT_EXPECTED");
  }

  @Test
  void follow_up_ends_at_the_earlier_of_a_withdrawal_and_an_end_of_follow_up() {
    Enrolment both =
        anEnrolment()
            .withdrawnOn(ENROLMENT_DATE.plusDays(30))
            .diedOn(ENROLMENT_DATE.plusDays(60))
            .build();

    assertThat(both.followUpEnded()).contains(ENROLMENT_DATE.plusDays(30));
    assertThat(both.status()).isEqualTo(FollowUpStatus.WITHDRAWN);
  }

  @Test
  void a_death_needs_its_cause_and_only_a_death_has_one() {
    assertThat(FollowUpEnd.check(FollowUpEnd.Reason.DEATH, null, new Violations()).all())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("deathCause", "required"));
    assertThat(
            FollowUpEnd.check(
                    FollowUpEnd.Reason.MOVED_ABROAD,
                    FollowUpEnd.DeathCause.NATURAL,
                    new Violations())
                .all())
        .extracting(Violation::rule)
        .containsExactly("only-for-death");
    assertThat(
            FollowUpEnd.check(
                    FollowUpEnd.Reason.DEATH, FollowUpEnd.DeathCause.SUICIDE, new Violations())
                .all())
        .isEmpty();
  }

  @Test
  void a_transfer_hands_the_enrolment_to_the_other_site_and_remembers_where_it_came_from() {
    Enrolment atOus = anEnrolment().at("OUS").build();

    Enrolment atHus = atOus.transferTo(SiteCode.of("HUS"), ENROLMENT_DATE.plusDays(40));

    assertThat(atHus.site()).isEqualTo(SiteCode.of("HUS"));
    assertThat(atHus.lastTransfer())
        .contains(
            new SiteTransfer(SiteCode.of("OUS"), SiteCode.of("HUS"), ENROLMENT_DATE.plusDays(40)));
    assertThat(atHus)
        .usingRecursiveComparison()
        .ignoringFields("site", "lastTransfer")
        .isEqualTo(atOus);
  }

  @Test
  void a_transfer_goes_to_another_site_on_a_date_the_enrolment_accepts() {
    LocalDate today = ENROLMENT_DATE.plusDays(100);
    Enrolment enrolment = anEnrolment().at("OUS").build();

    assertThat(rulesOf(enrolment.checkTransfer(SiteCode.of("HUS"), today, today, new Violations())))
        .isEmpty();
    assertThat(rulesOf(enrolment.checkTransfer(null, null, today, new Violations())))
        .containsExactly("date:required");
    assertThat(
            rulesOf(
                enrolment.checkTransfer(
                    SiteCode.of("OUS"), today.plusDays(1), today, new Violations())))
        .containsExactly("toSite:other-site", "date:not-in-future");
    assertThat(
            rulesOf(
                enrolment.checkTransfer(
                    SiteCode.of("HUS"), ENROLMENT_DATE.minusDays(1), today, new Violations())))
        .containsExactly("date:not-before-enrolment");
    assertThat(
            rulesOf(
                enrolment.checkTransfer(
                    SiteCode.of("HUS"), ENROLMENT_DATE, today, new Violations())))
        .isEmpty();
  }

  @Test
  void a_second_transfer_goes_no_earlier_than_the_one_that_brought_the_participant() {
    LocalDate today = ENROLMENT_DATE.plusDays(100);
    Enrolment atHus =
        anEnrolment().at("OUS").build().transferTo(SiteCode.of("HUS"), ENROLMENT_DATE.plusDays(40));

    assertThat(
            rulesOf(
                atHus.checkTransfer(
                    SiteCode.of("SOHF"), ENROLMENT_DATE.plusDays(39), today, new Violations())))
        .containsExactly("date:not-before-last-transfer");
    assertThat(
            rulesOf(
                atHus.checkTransfer(
                    SiteCode.of("OUS"), ENROLMENT_DATE.plusDays(40), today, new Violations())))
        .isEmpty();
  }

  @Test
  void a_pre_assessment_given_later_changes_nothing_else() {
    Enrolment enrolment = anEnrolment().build();
    Eligibility facts =
        new Eligibility(
            3, false, Eligibility.SubstanceUse.NONE, false, false, false, true, 120, 80);

    Enrolment assessed = enrolment.withEligibility(facts);

    assertThat(enrolment.eligibility()).isEmpty();
    assertThat(assessed.eligibility()).contains(facts);
    assertThat(assessed)
        .usingRecursiveComparison()
        .ignoringFields("eligibility")
        .isEqualTo(enrolment);
  }

  private static java.util.List<String> rulesOf(Violations violations) {
    return violations.all().stream().map(v -> v.field() + ":" + v.rule()).toList();
  }
}
