/**
 * Safety signals in the browser: the inbox, oldest first, and each signal's triage and comments.
 */
package no.followup.registry.web.safety;
