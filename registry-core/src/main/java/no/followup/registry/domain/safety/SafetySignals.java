package no.followup.registry.domain.safety;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The raised safety signals and their triage. */
public interface SafetySignals {

  /**
   * Raises the signal unless the same kind was already raised for the same source.
   *
   * @return whether it was new
   */
  boolean raise(SafetySignal signal);

  List<TriagedSignal> page(SignalFilter filter, int page, int size);

  long count(SignalFilter filter);

  /** How many signals there are of each kind in each state, all sites together. */
  Map<SignalKind, Map<SignalState, Long>> countByKindAndState();

  Optional<TriagedSignal> find(UUID id);

  /** The signal, locked until the transaction ends: one triage step at a time. */
  Optional<TriagedSignal> findForUpdate(UUID id);

  void triage(UUID id, SignalTriage triage);

  void comment(SignalComment comment);

  /** Oldest first. */
  List<SignalComment> comments(UUID signalId);
}
