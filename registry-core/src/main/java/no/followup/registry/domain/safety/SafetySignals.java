package no.followup.registry.domain.safety;

import java.util.List;

/** The raised safety signals. */
public interface SafetySignals {

  /**
   * Raises the signal unless the same kind was already raised for the same source.
   *
   * @return whether it was new
   */
  boolean raise(SafetySignal signal);

  /** Newest first. */
  List<SafetySignal> page(SignalFilter filter, int page, int size);

  long count(SignalFilter filter);
}
