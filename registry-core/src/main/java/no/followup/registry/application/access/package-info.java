/**
 * Who is acting: the user, the site they work for (if any) and their roles. Every use case takes an
 * {@link no.followup.registry.application.access.Actor} and checks site isolation itself, default
 * closed.
 */
package no.followup.registry.application.access;
