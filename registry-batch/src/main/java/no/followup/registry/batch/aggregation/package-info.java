/**
 * The national aggregation: per site, health region and nation, the cohort's status, exposure,
 * MADRS outcomes per visit and adverse events per 100 infusions, computed in SQL per site.
 */
package no.followup.registry.batch.aggregation;
