/** Data-quality findings: sites read and answer their own, coordinators read every site's. */
package no.followup.registry.api.quality;
