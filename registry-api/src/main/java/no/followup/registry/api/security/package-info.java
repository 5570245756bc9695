/**
 * Security: the API is an OAuth2 resource server trusting only Keycloak's signed JWTs (issuer and
 * audience checked); realm roles become authorities, the {@code site} claim the user's site.
 */
package no.followup.registry.api.security;
