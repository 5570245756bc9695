/** The start page of site staff: the site's visits due today and this week, late and missed. */
package no.followup.registry.web.worklist;
