/** The audit trail in PostgreSQL: per-site hash chains, rows the database refuses to change. */
package no.followup.registry.persistence.audit;
