package no.followup.registry.domain.safety;

import no.followup.registry.domain.participant.RecordStore;

/** The adverse events reported. */
public interface AdverseEvents extends RecordStore<AdverseEvent> {}
