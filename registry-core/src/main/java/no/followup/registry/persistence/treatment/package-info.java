/** Infusions in PostgreSQL. */
package no.followup.registry.persistence.treatment;
