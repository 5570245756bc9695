/**
 * Test support shared by every module: a real PostgreSQL per test class ({@link
 * no.followup.registry.testsupport.TestDatabase}), the real Keycloak ({@link
 * no.followup.registry.testsupport.KeycloakServer}) and the settings that point the application at
 * both ({@link no.followup.registry.testsupport.RealInfrastructure}).
 *
 * <p>Which kind of test to write:
 *
 * <ul>
 *   <li>A rule of the domain (ranges, dates, protocol limits, derived facts)? A plain unit test or
 *       a jqwik property in {@code registry-core}, no database.
 *   <li>SQL, a migration, a constraint or the audit chain? A persistence test on {@code
 *       TestDatabase.migrated()}, no Spring context.
 *   <li>HTTP, security or JSON? A web test in {@code registry-api} on the full application.
 *   <li>Who may open a page or post a form? A row of {@code PageIsolationMatrixTest} in {@code
 *       registry-app} (MockMvc with {@code oidcLogin()}, fast).
 *   <li>What a person sees and does in a page? A step of a browser test in {@code registry-app}
 *       (real Chromium, the real Keycloak login, axe-core on the page).
 *   <li>A dependency rule between packages? An ArchUnit rule in {@code ArchitectureTest} (in {@code
 *       registry-app}, which sees every module).
 * </ul>
 */
package no.followup.registry.testsupport;
