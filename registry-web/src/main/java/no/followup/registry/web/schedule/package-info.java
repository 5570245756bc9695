/**
 * Report schedules in the browser, for coordinators: when each report runs by itself, its next
 * times in Norwegian time, and making, pausing and deleting schedules.
 */
package no.followup.registry.web.schedule;
