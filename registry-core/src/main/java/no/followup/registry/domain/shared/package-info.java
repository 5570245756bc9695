/**
 * What every concept of the registry shares: rule violations with their field, rule and message,
 * and the exception that rejects a record.
 */
package no.followup.registry.domain.shared;
