/**
 * Data-quality findings for the sites: each site reads and answers its own, coordinators read all.
 */
package no.followup.registry.application.quality;
