/** Research access over HTTP: data-access projects and data locks. */
package no.followup.registry.api.research;
