/**
 * Lab results on prolonged or repeated use: liver tests (ALT, GGT, …), kidney function and urine
 * analysis, each with its unit and upper normal limit.
 */
package no.followup.registry.domain.lab;
