/**
 * JDBC adapters of the domain's ports, and the Flyway migrations (in {@code db/migration}). The
 * adapters are package-private: Spring wires them, nothing calls them by name.
 */
package no.followup.registry.persistence;
