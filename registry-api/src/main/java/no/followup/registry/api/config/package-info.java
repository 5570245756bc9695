/**
 * Wiring of the application: the database (an embedded PostgreSQL when none is configured) and the
 * settings records.
 */
package no.followup.registry.api.config;
