/**
 * The shape every clinical-record endpoint shares: add (idempotent), list, read, and correct with
 * If-Match and a reason. Each kind of record subclasses {@code RecordController} with its mapping.
 */
package no.followup.registry.api.record;
