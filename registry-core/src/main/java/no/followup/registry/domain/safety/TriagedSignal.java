package no.followup.registry.domain.safety;

/** A signal with where its triage stands. */
public record TriagedSignal(SafetySignal signal, SignalTriage triage) {}
