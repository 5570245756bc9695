/**
 * Dataset exports as restartable batch jobs, one per dataset, requested by researchers and
 * coordinators or fired by a schedule.
 */
package no.followup.registry.batch.export;
