/**
 * Assessments: depression scores (MADRS, PHQ-9) at the study's visits, as item scores or a total,
 * and the facts derived from them: response and remission against the baseline.
 */
package no.followup.registry.domain.assessment;
