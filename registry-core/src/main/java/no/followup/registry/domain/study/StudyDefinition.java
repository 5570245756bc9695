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
    ProtocolLimits limits) {

  public StudyDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(limits, "limits");
    visits = List.copyOf(visits);
    instruments = List.copyOf(instruments);
  }

  public Optional<VisitDefinition> visit(String visitCode) {
    return visits.stream().filter(v -> v.code().equals(visitCode)).findFirst();
  }

  public Optional<InstrumentDefinition> instrument(String instrumentCode) {
    return instruments.stream().filter(i -> i.code().equals(instrumentCode)).findFirst();
  }

  public VisitSchedule schedule() {
    return new VisitSchedule(visits);
  }
}
