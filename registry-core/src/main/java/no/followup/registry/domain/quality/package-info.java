/**
 * Data-quality findings: implausible or inconsistent data found by the registry, answered by the
 * site that entered it.
 */
package no.followup.registry.domain.quality;
