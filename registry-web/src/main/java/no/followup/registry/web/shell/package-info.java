/**
 * What every page shares: the language (bokmål first, English beside it), the signed-in person in
 * the header, error pages, and the domain's rule violations shown next to their fields.
 */
package no.followup.registry.web.shell;
