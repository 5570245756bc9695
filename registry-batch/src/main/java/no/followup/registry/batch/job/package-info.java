/**
 * Running the registry's jobs in the background for the use cases ({@code JobRunner}) and reading
 * their executions.
 */
package no.followup.registry.batch.job;
