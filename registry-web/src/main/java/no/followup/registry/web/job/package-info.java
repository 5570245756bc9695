/**
 * Report jobs in the browser, for coordinators: start one as of a date, follow its steps and counts
 * while it runs, read the history with timings and errors, restart a failed run.
 */
package no.followup.registry.web.job;
