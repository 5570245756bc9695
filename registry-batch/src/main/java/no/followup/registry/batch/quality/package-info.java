/**
 * The dataQuality job: implausible or inconsistent data found per site and stored once per rule and
 * record, for the site to answer.
 */
package no.followup.registry.batch.quality;
