/**
 * The browser interface: server-rendered pages over the same use cases, actor and rules as the API.
 * Grouped by what a person does: the worklist, participants, their records.
 */
package no.followup.registry.web;
