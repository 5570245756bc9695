/**
 * The safety signals job: every stored record of every site checked again against the study's rules
 * and the safety thresholds; each signal stored once, however often the job runs.
 */
package no.followup.registry.batch.safety;
