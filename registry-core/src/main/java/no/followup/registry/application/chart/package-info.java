/** A participant's chart: everything their page shows, read together. */
package no.followup.registry.application.chart;
