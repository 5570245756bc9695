/** Follow-up: which scheduled visits of a site's participants are due or overdue today. */
package no.followup.registry.application.followup;
