/** Bulk submission receipts in PostgreSQL. */
package no.followup.registry.persistence.submission;
