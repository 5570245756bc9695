/**
 * Disclosure control: small counts hidden (primary suppression) and further cells hidden until no
 * hidden count can be worked out from the published totals (secondary suppression).
 */
package no.followup.registry.export.disclosure;
