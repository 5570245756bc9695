/**
 * Report schedules: cron expressions stored in PostgreSQL, fired once per due time even with
 * several API instances polling.
 */
package no.followup.registry.application.schedule;
