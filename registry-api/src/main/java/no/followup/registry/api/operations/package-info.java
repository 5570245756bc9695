/**
 * Running the registry: the request id that ties a reported error to its log lines, and the
 * readiness of an instance to take traffic.
 */
package no.followup.registry.api.operations;
