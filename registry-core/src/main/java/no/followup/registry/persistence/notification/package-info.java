/** The notification outbox in PostgreSQL, claimed with FOR UPDATE SKIP LOCKED. */
package no.followup.registry.persistence.notification;
