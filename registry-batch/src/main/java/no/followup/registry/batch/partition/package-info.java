/**
 * What every report job shares: one run id per job instance, partitions by site, and the marking of
 * a run as complete, after which readers use it.
 */
package no.followup.registry.batch.partition;
