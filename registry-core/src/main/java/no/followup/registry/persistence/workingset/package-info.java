/**
 * The working set of a bulk submission: reads kept and inserts batched for the length of one
 * transaction (see {@link no.followup.registry.application.submission.WorkingSet}).
 */
package no.followup.registry.persistence.workingset;
