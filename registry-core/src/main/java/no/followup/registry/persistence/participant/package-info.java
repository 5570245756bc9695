/** Participants (pseudonyms only) and enrolments in PostgreSQL. */
package no.followup.registry.persistence.participant;
