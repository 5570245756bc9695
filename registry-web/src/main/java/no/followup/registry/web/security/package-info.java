/**
 * Sign-in through Keycloak (OIDC code flow with PKCE; the tokens stay on the server), the session,
 * the security headers of the pages, and the {@code Actor} of a signed-in person.
 */
package no.followup.registry.web.security;
