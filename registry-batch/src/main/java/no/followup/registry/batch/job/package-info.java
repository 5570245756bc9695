/** Starting report jobs for coordinators (in the background) and reading their executions. */
package no.followup.registry.batch.job;
