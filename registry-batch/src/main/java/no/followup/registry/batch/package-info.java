/**
 * Spring Batch jobs over the submitted data: aggregation, follow-up completeness, safety signals
 * and data quality, each in its own {@code *JobConfiguration}, partitioned by site.
 */
package no.followup.registry.batch;
