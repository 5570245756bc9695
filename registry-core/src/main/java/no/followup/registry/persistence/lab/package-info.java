/** Lab results in PostgreSQL. */
package no.followup.registry.persistence.lab;
