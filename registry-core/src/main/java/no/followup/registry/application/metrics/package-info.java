/**
 * The registry's own counters for the people who run it: records stored and refused, signals
 * raised. Their tags are few and public (site codes, record and signal kinds): never a participant,
 * a pseudonym or a national ID.
 */
package no.followup.registry.application.metrics;
