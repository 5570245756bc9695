package no.followup.registry.domain.study;

import java.util.Optional;

/** The study definitions. */
public interface Studies {

  /** The current (highest) version of a study. */
  Optional<StudyDefinition> current(StudyCode code);
}
