/**
 * The audit trail: append-only, hash-chained per site, verifiable. Who did what, when, to which
 * record, why (purpose or correction reason), with old and new values.
 */
package no.followup.registry.application.audit;
