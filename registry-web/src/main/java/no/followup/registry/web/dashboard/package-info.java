/**
 * The dashboard of coordinators and site leads: the latest complete national aggregation for a date
 * as figures and charts. Charts are SVG drawn on the server from the very numbers of the tables
 * beside them (no second computation, no script, nothing fetched from the network), each with a
 * text alternative.
 */
package no.followup.registry.web.dashboard;
