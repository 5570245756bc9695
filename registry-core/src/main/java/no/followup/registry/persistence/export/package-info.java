/** The JDBC adapter of the export store: exports and the participants of each release. */
package no.followup.registry.persistence.export;
