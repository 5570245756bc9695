/**
 * What every controller shares: paging, ETags, idempotent responses, the MapStruct configuration.
 */
package no.followup.registry.api.shared;
