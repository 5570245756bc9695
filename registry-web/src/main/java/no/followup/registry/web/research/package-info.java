/** Research access in the browser: data-access projects and locked release dates. */
package no.followup.registry.web.research;
