/** The JDBC adapter of the report tables: runs, and the figures each run wrote. */
package no.followup.registry.persistence.report;
