/** The JDBC adapter of the report schedules and their firings. */
package no.followup.registry.persistence.schedule;
