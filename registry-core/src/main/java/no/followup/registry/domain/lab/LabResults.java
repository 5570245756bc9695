package no.followup.registry.domain.lab;

import no.followup.registry.domain.participant.RecordStore;

/** The lab results reported. */
public interface LabResults extends RecordStore<LabResult> {}
