/** Sites in PostgreSQL. */
package no.followup.registry.persistence.site;
