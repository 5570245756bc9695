/**
 * Idempotent writes: a retried request with the same key gets the first response, never a second
 * record. The key, the write and the stored response commit in one transaction.
 */
package no.followup.registry.application.idempotency;
