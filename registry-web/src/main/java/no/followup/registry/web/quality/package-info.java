/** The data-quality findings of the site, read and answered in the page. */
package no.followup.registry.web.quality;
