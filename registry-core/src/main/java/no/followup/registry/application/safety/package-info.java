/**
 * Safety signals: raised at once when a submitted record crosses a threshold (serious adverse
 * events, vital signs, liver values, protocol limits), stored once, read by coordinators.
 */
package no.followup.registry.application.safety;
