/**
 * Release pseudonyms: a fresh pseudonym per participant and release, so that two releases cannot be
 * joined without the registry's key.
 */
package no.followup.registry.export.pseudonym;
