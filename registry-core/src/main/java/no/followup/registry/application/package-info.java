/**
 * Use cases of the registry: transactions, the rules applied in order, and the audit row written
 * with every change and every read of patient data.
 */
package no.followup.registry.application;
