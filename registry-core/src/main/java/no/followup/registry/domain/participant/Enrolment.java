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
 * A participant followed in one study at one site, from the enrolment date until consent is
 * withdrawn or follow-up ends (death, lost, moved abroad); its treatment is a course of episodes,
 * each followed on its own visit schedule. A transfer hands the enrolment to another site ({@link
 * #transferTo}); {@code lastTransfer} is how it came to the site that has it now. {@code
 * eligibility} is the pre-assessment, when the site gave it at enrolment.
 */
public record Enrolment(
    EnrolmentId id,
    ParticipantId participantId,
    SiteCode site,
    StudyCode study,
    int studyVersion,
    Indication indication,
    LocalDate enrolmentDate,
    Consent consent,
    Optional<Withdrawal> withdrawal,
    Optional<Discontinuation> discontinuation,
    Optional<FollowUpEnd> followUpEnd,
    Optional<SiteTransfer> lastTransfer,
    Optional<Eligibility> eligibility) {

  public Enrolment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(study, "study");
    if (studyVersion < 1) {
      throw new IllegalArgumentException("studyVersion must be 1 or more");
    }
    Objects.requireNonNull(indication, "indication");
    Objects.requireNonNull(enrolmentDate, "enrolmentDate");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(withdrawal, "withdrawal");
    Objects.requireNonNull(discontinuation, "discontinuation");
    Objects.requireNonNull(followUpEnd, "followUpEnd");
    Objects.requireNonNull(lastTransfer, "lastTransfer");
    Objects.requireNonNull(eligibility, "eligibility");
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
   * The date rules every record of this enrolment obeys: not in the future, not before consent, not
   * after consent was withdrawn and not after follow-up ended.
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
    followUpEnd
        .filter(end -> date.isAfter(end.date()))
        .ifPresent(
            end ->
                violations.reject(
                    field,
                    "not-after-end-of-follow-up",
                    "follow-up ended on " + end.date() + "; no later data is accepted"));
    return violations;
  }

  /** The day follow-up ended, by a withdrawal of consent or an end of follow-up, if it did. */
  public Optional<LocalDate> followUpEnded() {
    return java.util.stream.Stream.concat(
            withdrawal.map(Withdrawal::date).stream(), followUpEnd.map(FollowUpEnd::date).stream())
        .min(LocalDate::compareTo);
  }

  /** A withdrawal outweighs an ended follow-up, which outweighs an ended treatment. */
  public FollowUpStatus status() {
    if (withdrawal.isPresent()) {
      return FollowUpStatus.WITHDRAWN;
    }
    if (followUpEnd.isPresent()) {
      return FollowUpStatus.FOLLOW_UP_ENDED;
    }
    return discontinuation.isPresent() ? FollowUpStatus.TREATMENT_ENDED : FollowUpStatus.ACTIVE;
  }

  public boolean isWithdrawn() {
    return withdrawal.isPresent();
  }

  public Enrolment withdraw(Withdrawal newWithdrawal) {
    return withEnds(Optional.of(newWithdrawal), discontinuation, followUpEnd);
  }

  public Enrolment discontinue(Discontinuation newDiscontinuation) {
    return withEnds(withdrawal, Optional.of(newDiscontinuation), followUpEnd);
  }

  /**
   * Treatment goes on (a new episode started): the discontinuation stays with the ended episode.
   */
  public Enrolment resumeTreatment() {
    return withEnds(withdrawal, Optional.empty(), followUpEnd);
  }

  public Enrolment endFollowUp(FollowUpEnd end) {
    return withEnds(withdrawal, discontinuation, Optional.of(end));
  }

  /**
   * Rules of handing this enrolment over to another site (known to the registry; null when it is
   * not) on a date: another site, and a record date the enrolment accepts, not before the enrolment
   * or the transfer that brought it here.
   */
  public Violations checkTransfer(
      SiteCode to, LocalDate date, LocalDate today, Violations violations) {
    if (site.equals(to)) {
      violations.reject("toSite", "other-site", "the participant is already followed at " + site);
    }
    checkRecordDate("date", date, today, violations);
    if (date != null && date.isBefore(enrolmentDate)) {
      violations.reject(
          "date",
          "not-before-enrolment",
          "date must not be before the enrolment date (" + enrolmentDate + ")");
    }
    lastTransfer
        .filter(last -> date != null && date.isBefore(last.date()))
        .ifPresent(
            last ->
                violations.reject(
                    "date",
                    "not-before-last-transfer",
                    "the participant came to " + site + " on " + last.date()));
    return violations;
  }

  /** The same enrolment with this pre-assessment (given later, or corrected). */
  public Enrolment withEligibility(Eligibility facts) {
    return changed(
        site, withdrawal, discontinuation, followUpEnd, lastTransfer, Optional.of(facts));
  }

  /** The same enrolment followed by another site from the date on. */
  public Enrolment transferTo(SiteCode to, LocalDate date) {
    return changed(
        to,
        withdrawal,
        discontinuation,
        followUpEnd,
        Optional.of(new SiteTransfer(site, to, date)),
        eligibility);
  }

  private Enrolment withEnds(
      Optional<Withdrawal> newWithdrawal,
      Optional<Discontinuation> newDiscontinuation,
      Optional<FollowUpEnd> newFollowUpEnd) {
    return changed(
        site, newWithdrawal, newDiscontinuation, newFollowUpEnd, lastTransfer, eligibility);
  }

  /**
   * The same enrolment with the parts that change after enrolment (its site, its ends, the
   * pre-assessment); who, what study and when it began never do.
   */
  private Enrolment changed(
      SiteCode newSite,
      Optional<Withdrawal> newWithdrawal,
      Optional<Discontinuation> newDiscontinuation,
      Optional<FollowUpEnd> newFollowUpEnd,
      Optional<SiteTransfer> newLastTransfer,
      Optional<Eligibility> newEligibility) {
    return new Enrolment(
        id,
        participantId,
        newSite,
        study,
        studyVersion,
        indication,
        enrolmentDate,
        consent,
        newWithdrawal,
        newDiscontinuation,
        newFollowUpEnd,
        newLastTransfer,
        newEligibility);
  }
}
