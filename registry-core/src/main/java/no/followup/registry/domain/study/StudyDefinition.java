package no.followup.registry.domain.study;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One version of a study's definition, loaded from the database. */
public record StudyDefinition(
    StudyCode code,
    int version,
    String name,
    List<VisitDefinition> visits,
    List<InstrumentDefinition> instruments,
    ProtocolLimits limits,
    List<StudyTreatment> treatments,
    List<AdverseEventTerm> adverseEventTerms) {

  public StudyDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(limits, "limits");
    visits = List.copyOf(visits);
    instruments = List.copyOf(instruments);
    treatments = List.copyOf(treatments);
    adverseEventTerms = List.copyOf(adverseEventTerms);
  }

  /** The study's adverse-event term of the code, if it has one. */
  public Optional<AdverseEventTerm> adverseEventTerm(String code) {
    return adverseEventTerms.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /** How the study gives the drug by the route, if it does. */
  public Optional<StudyTreatment> treatment(String drug, String route) {
    return treatments.stream().filter(t -> t.givenAs(drug, route)).findFirst();
  }

  /** The routes the study gives the drug by, in the order the study lists them. */
  public List<String> routesOf(String drug) {
    return treatments.stream()
        .filter(t -> t.drug().equals(drug))
        .map(StudyTreatment::route)
        .toList();
  }

  public Optional<VisitDefinition> visit(String visitCode) {
    return visits.stream().filter(v -> v.code().equals(visitCode)).findFirst();
  }

  /** The kinds of episode the study has visits for, in the order of their first visit. */
  public List<EpisodeKind> episodeKinds() {
    return visits.stream().map(VisitDefinition::episodeKind).distinct().toList();
  }

  /** The visits of one kind of episode, in order. */
  public List<VisitDefinition> visitsOf(EpisodeKind kind) {
    return visits.stream().filter(v -> v.episodeKind() == kind).toList();
  }

  public Optional<InstrumentDefinition> instrument(String instrumentCode) {
    return instruments.stream().filter(i -> i.code().equals(instrumentCode)).findFirst();
  }

  public VisitSchedule schedule() {
    return new VisitSchedule(visits);
  }
}
