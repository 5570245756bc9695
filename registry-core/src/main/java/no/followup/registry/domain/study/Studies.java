package no.followup.registry.domain.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The adverse-event terms of the current version of every study, by code, in the studies' order
   * (a code two studies share is the first one's): for readers across studies, such as the national
   * dashboard and the datasets' codebooks.
   */
  default Map<String, AdverseEventTerm> adverseEventTerms() {
    Map<String, AdverseEventTerm> terms = new LinkedHashMap<>();
    for (StudyCode code : codes()) {
      current(code).stream()
          .flatMap(study -> study.adverseEventTerms().stream())
          .forEach(term -> terms.putIfAbsent(term.code(), term));
    }
    return terms;
  }
}
