/**
 * The audit trail for auditors over HTTP: filtered reading, and verification of the hash chains.
 */
package no.followup.registry.api.audit;
