package no.followup.registry.domain.treatment;

import no.followup.registry.domain.participant.RecordStore;

/** The infusions given. */
public interface Infusions extends RecordStore<Infusion> {}
