/**
 * Clinical records of an enrolment (infusions, assessments, adverse events, lab results): adding,
 * correcting with a reason, and reading, with one generic flow and one {@code RecordKind} each.
 */
package no.followup.registry.application.record;
