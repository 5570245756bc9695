/**
 * Research access: coordinators register data-access projects and lock release dates; a row-level
 * release goes only to a named researcher of an active project, as of a locked date.
 */
package no.followup.registry.application.research;
