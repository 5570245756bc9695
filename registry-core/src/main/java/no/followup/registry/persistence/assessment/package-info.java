/** Assessments in PostgreSQL; item scores as a smallint array. */
package no.followup.registry.persistence.assessment;
