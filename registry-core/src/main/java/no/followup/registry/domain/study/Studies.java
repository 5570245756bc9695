package no.followup.registry.domain.study;

import java.util.List;
import java.util.Optional;

/** The study definitions. */
public interface Studies {

  /** The current (highest) version of a study: the one new enrolments are enrolled under. */
  Optional<StudyDefinition> current(StudyCode code);

  /**
   * A version of a study: the one an enrolment was enrolled under, whose schedule, rules and limits
   * apply to it for as long as it is followed.
   */
  Optional<StudyDefinition> version(StudyCode code, int version);

  /** The codes of every study of the registry, in order. */
  List<StudyCode> codes();
}
