package no.followup.registry.domain.study;

import java.util.List;
import java.util.Optional;

/** The study definitions. */
public interface Studies {

  /** The current (highest) version of a study. */
  Optional<StudyDefinition> current(StudyCode code);

  /** The codes of every study of the registry, in order. */
  List<StudyCode> codes();
}
