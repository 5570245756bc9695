package no.followup.registry.application.record;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.participant.RecordStore;
import no.followup.registry.domain.safety.SafetyRules;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.study.StudyDefinition;

/**
 * What differs between kinds of clinical record: their name, where they are kept, their rules and
 * the safety signals they raise at once.
 *
 * @param name the record's name in the audit trail and in signals ({@code infusion}, …)
 */
public record RecordKind<T extends EnrolmentRecord>(
    String name, RecordStore<T> store, Rules<T> rules, Signals<T> signals) {

  /**
   * The rules of one kind: the record as it is to be stored (completed if need be) and the
   * violations.
   */
  @FunctionalInterface
  public interface Rules<T> {
    /**
     * {@code others} (the enrolment's other records of this kind) is loaded only by rules that need
     * it.
     */
    Checked<T> check(
        T candidate,
        Enrolment enrolment,
        StudyDefinition study,
        Supplier<List<Versioned<T>>> others,
        LocalDate today);
  }

  /** The safety findings a stored record of the study raises, given the warnings its rules gave. */
  @FunctionalInterface
  public interface Signals<T> {
    List<SafetyRules.Finding> of(
        SafetyRules rules, StudyDefinition study, T record, List<Violation> warnings);
  }

  /** A checked record: null when a rule rejected it. */
  public record Checked<T>(T record, Violations violations) {}
}
