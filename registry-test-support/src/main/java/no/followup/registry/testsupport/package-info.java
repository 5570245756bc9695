/**
 * Test support shared by every module: a real PostgreSQL per test class ({@link
 * no.followup.registry.testsupport.TestDatabase}).
 *
 * <p>Which kind of test to write:
 *
 * <ul>
 *   <li>A rule of the domain (ranges, dates, protocol limits, derived facts)? A plain unit test or
 *       a jqwik property in {@code registry-core}, no database.
 *   <li>SQL, a migration, a constraint or the audit chain? A persistence test on {@code
 *       TestDatabase.migrated()}, no Spring context.
 *   <li>HTTP, security or JSON? A web test in {@code registry-api} on the full application.
 *   <li>A dependency rule between packages? An ArchUnit rule in {@code ArchitectureTest}.
 * </ul>
 */
package no.followup.registry.testsupport;
