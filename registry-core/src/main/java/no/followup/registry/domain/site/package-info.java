/**
 * Sites: the hospitals and private clinics that treat and report patients, each in one of Norway's
 * four health regions. A site's code is what isolates its patients from every other site.
 */
package no.followup.registry.domain.site;
