/** The people directory: Keycloak's users, read through its admin API by a service account. */
package no.followup.registry.persistence.directory;
