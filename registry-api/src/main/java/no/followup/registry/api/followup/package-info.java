/** The site's due and overdue follow-up visits over HTTP. */
package no.followup.registry.api.followup;
