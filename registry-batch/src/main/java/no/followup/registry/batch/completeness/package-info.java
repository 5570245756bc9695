/**
 * The follow-up completeness job: for every site, which scheduled visits were due by the as-of
 * date, received in window, received late, still open or missing; and the list of missing visits.
 */
package no.followup.registry.batch.completeness;
