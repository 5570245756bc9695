/** JDBC adapter of the data-quality findings. */
package no.followup.registry.persistence.quality;
