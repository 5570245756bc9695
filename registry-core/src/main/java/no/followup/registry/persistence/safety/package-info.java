/** Adverse events in PostgreSQL, with their special-interest flag kept for the safety jobs. */
package no.followup.registry.persistence.safety;
