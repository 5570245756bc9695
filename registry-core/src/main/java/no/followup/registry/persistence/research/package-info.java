/** Data-access projects and data locks in PostgreSQL. */
package no.followup.registry.persistence.research;
