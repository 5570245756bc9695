package no.followup.registry.domain.assessment;

import no.followup.registry.domain.participant.RecordStore;

/** The assessments reported. One instrument is scored once per visit of an enrolment. */
public interface Assessments extends RecordStore<Assessment> {}
