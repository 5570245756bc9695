package no.followup.registry.domain.participant;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.consent.Withdrawal;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.StudyCode;

/**
 * A participant followed in one study at one site, from the enrolment date (study day 0) until
 * consent is withdrawn.
 */
public record Enrolment(
    EnrolmentId id,
    ParticipantId participantId,
    SiteCode site,
    StudyCode study,
    Indication indication,
    LocalDate enrolmentDate,
    Consent consent,
    Optional<Withdrawal> withdrawal,
    Optional<Discontinuation> discontinuation) {

  public Enrolment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(indication, "indication");
    Objects.requireNonNull(enrolmentDate, "enrolmentDate");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(withdrawal, "withdrawal");
    Objects.requireNonNull(discontinuation, "discontinuation");
  }

  /** Rules of a new enrolment: a valid consent given on or before the enrolment date. */
  public static Violations checkNew(
      LocalDate enrolmentDate, Consent consent, LocalDate today, Violations violations) {
    violations
        .required("enrolmentDate", enrolmentDate)
        .notInFuture("enrolmentDate", enrolmentDate, today);
    if (consent == null) {
      return violations.required("consent", null);
    }
    consent.check(today, violations);
    if (enrolmentDate != null
        && consent.consentDate() != null
        && enrolmentDate.isBefore(consent.consentDate())) {
      violations.reject(
          "enrolmentDate",
          "not-before-consent",
          "enrolmentDate must not be before consent.consentDate");
    }
    return violations;
  }

  /**
   * The date rules every record of this enrolment obeys: not in the future, not before consent and
   * not after consent was withdrawn.
   */
  public Violations checkRecordDate(
      String field, LocalDate date, LocalDate today, Violations violations) {
    violations.required(field, date).notInFuture(field, date, today);
    if (date == null) {
      return violations;
    }
    if (date.isBefore(consent.consentDate())) {
      violations.reject(
          field,
          "not-before-consent",
          field + " must not be before the consent date (" + consent.consentDate() + ")");
    }
    withdrawal
        .filter(w -> date.isAfter(w.date()))
        .ifPresent(
            w ->
                violations.reject(
                    field,
                    "not-after-withdrawal",
                    "consent was withdrawn on " + w.date() + "; no later data is accepted"));
    return violations;
  }

  /** Whether data may still be collected: only until consent is withdrawn. */
  /** Withdrawal outweighs an ended treatment: nothing more is collected either way. */
  public FollowUpStatus status() {
    if (withdrawal.isPresent()) {
      return FollowUpStatus.WITHDRAWN;
    }
    return discontinuation.isPresent() ? FollowUpStatus.TREATMENT_ENDED : FollowUpStatus.ACTIVE;
  }

  public boolean isWithdrawn() {
    return withdrawal.isPresent();
  }

  public Enrolment withdraw(Withdrawal newWithdrawal) {
    return new Enrolment(
        id,
        participantId,
        site,
        study,
        indication,
        enrolmentDate,
        consent,
        Optional.of(newWithdrawal),
        discontinuation);
  }

  public Enrolment discontinue(Discontinuation newDiscontinuation) {
    return new Enrolment(
        id,
        participantId,
        site,
        study,
        indication,
        enrolmentDate,
        consent,
        withdrawal,
        Optional.of(newDiscontinuation));
  }
}
