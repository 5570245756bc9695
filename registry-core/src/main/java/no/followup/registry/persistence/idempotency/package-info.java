/** Idempotency keys in PostgreSQL, locked with transaction-scoped advisory locks. */
package no.followup.registry.persistence.idempotency;
