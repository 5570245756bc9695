/**
 * The embedded PostgreSQL of the demo and of development, started when no database is configured.
 * This module is on the application's classpath only in a build without {@code -Dproduction}.
 */
package no.followup.registry.demodatabase;
